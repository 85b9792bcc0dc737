# collections.namedtuple errors, as MicroPython words them.
from collections import namedtuple

P = namedtuple("P", "x y")


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: P(1))
t(lambda: P(1, 2, 3))
t(lambda: P(1, x=2))
t(lambda: P(1, z=2))
t(lambda: P(x=1, y=2, z=3))
t(lambda: P())
t(lambda: P(1, 2).z)


def store():
    P(1, 2).x = 3


t(store)
t(lambda: namedtuple("E", 5))
t(lambda: namedtuple("E", [1, 2]))
t(lambda: namedtuple(5, "a"))
t(lambda: namedtuple("E"))
