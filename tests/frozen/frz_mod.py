# A frozen module: constants of every kind, functions, a class, a closure, a generator.
NAME = 'frz_mod'
INTS = (0, -1, 12345, 2**20)
FLOATS = (1.5, -0.25, 1e10)
TEXT = 'héllo wörld, a longer string constant than ten'
SHORT = 'hi'
DATA = b'\x00\x01bytes\xff'
NESTED = ((1, 2), ('a', None, True, False), ...)
# Beyond a 32-bit target's small ints: ROM long ints on the MCU.
BIG = (1099511627776, 123456789012345678901234567890, -1180591620717411303424)


def add(a, b=10, *args, scale=1, **kw):
    return (a + b + sum(args)) * scale + len(kw)


def counter(start):
    n = start

    def step(by=1):
        nonlocal n
        n += by
        return n

    return step


def squares(n):
    for i in range(n):
        yield i * i


class Point:
    """A point."""

    ORIGIN = None

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)

    def moved(self, dx=0, dy=0):
        return Point(self.x + dx, self.y + dy)


Point.ORIGIN = Point(0, 0)
loaded = [__name__, __file__]
