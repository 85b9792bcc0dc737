# #[getter] / #[setter]: properties of a native class.
import example


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


c = example.Counter(3, 2)
print(c.value, c.step)
c.value = 40
print(c.value, c.incr())
c.value += 1
print(c.value)


def set_step():
    c.step = 5


def del_value():
    del c.value


def set_bad():
    c.value = "x"


def set_other():
    c.other = 1


t(set_step)
t(del_value)
t(set_bad)
t(set_other)
t(lambda: c.other)
print(c.value, c.step)
print(type(example.Counter.value).__name__)
b = example.Bag(1)
print(b.is_open)
