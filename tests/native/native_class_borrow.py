# Borrows are checked: a &mut self method re-entered through a callback raises
# RuntimeError instead of aliasing; shared borrows may nest.
import example


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


c = example.Counter(1)
t(lambda: c.update(lambda: None))
t(lambda: c.update(lambda: c.value))
t(lambda: c.update(lambda: c.incr()))
t(lambda: c.update(lambda: c.update(lambda: None)))
t(lambda: c.update(lambda: repr(c)))
print(c.value)
t(lambda: c.peek(lambda: c.value))
t(lambda: c.peek(lambda: c.peek(lambda: repr(c))))
t(lambda: c.peek(lambda: c.incr()))


def setter():
    c.value = 9


t(lambda: c.peek(setter))
print(c.value)
# Another instance is free.
d = example.Counter(100)
t(lambda: c.update(lambda: d.incr()))
print(c.value, d.value)
# After an error the borrow is released.
t(lambda: c.incr())
