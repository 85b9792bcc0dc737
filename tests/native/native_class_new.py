# #[new]: constructing a native class, with its signature's defaults and keywords.
import example

C = example.Counter


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


print(C, type(C), C.__name__)
t(lambda: C())
t(lambda: C(5))
t(lambda: C(5, 3))
t(lambda: C(step=4))
t(lambda: C(start=1, step=-1))
c = C(2)
print(type(c) is C, isinstance(c, C), isinstance(c, object), type(c).__name__)
# The constructor's own error: SensorError (a ValueError).
t(lambda: C(1, 0))
# Wrong calls.
t(lambda: C(1, 2, 3))
t(lambda: C("a"))
t(lambda: C(1, stp=2))
t(lambda: C(1, start=2))
t(lambda: example.Bag())
t(lambda: example.Bag(9))
# A class without #[new] is made only by Rust code.
t(lambda: example.CountIter())
print(type(c.upto(3)))
