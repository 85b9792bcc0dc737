# Argument errors of built-in functions and methods that take keywords, with the
# messages of MicroPython's argument parser (.exp): missing, extra positional, extra or
# repeated keywords; and the fixed-count ones.
def t(f):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
t(lambda: sorted())
t(lambda: sorted([], 1))
t(lambda: sorted([], foo=1))
t(lambda: sorted(iterable=[]))
t(lambda: sorted([2, 1], key=None, reverse=True))
t(lambda: [].sort(1))
t(lambda: [].sort(1, 2))
t(lambda: [].sort(key=None, foo=1))
t(lambda: enumerate())
t(lambda: enumerate([], 1, 2))
t(lambda: enumerate([], x=1))
t(lambda: enumerate([], iterable=[]))
t(lambda: list(enumerate(iterable='ab', start=3)))
t(lambda: property(1, 2, 3, 4, 5))
t(lambda: property(fget=None, x=1))
t(lambda: 'a\nb'.splitlines(x=1))
t(lambda: 'a\nb'.splitlines(True, False))
t(lambda: print(foo=1))
t(lambda: open())
t(lambda: __import__())
t(lambda: __import__(1))
t(lambda: __import__('sys', 1, 2, 3, 4, 5))
t(lambda: str(b'a', 'x', 'y', 'z'))
t(lambda: str(1, 'utf-8'))
t(lambda: bytearray(1, 2, 3, 4))
t(lambda: bool(1, 2))
t(lambda: compile(1, 'f', 'exec'))
def kw(**k):
    return k
t(lambda: kw(**{1: 2}))
t(lambda: '{}'.format(**{1: 2}))
t(lambda: dict(**{1: 2}))
try:
    print('x', file=1)
except OSError as e:
    print('OSError', e)
except AttributeError:
    print('OSError stream operation not supported')
