# print(sep=, end=, file=): file is any object with a write method
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print('a', 1, [2], file=w)
print(file=w)
print('x', 'y', sep='-', end='!', file=w)
print(w.parts)
print('a', 'b', sep='')
print('a', 'b', sep=None, end=None)
print('no newline', end='')
print()
print(1, 2, 3, sep=', ', end='.\n')
print(file=None, end='[None file]\n')
print('flush', flush=True)
for kw in ({'sep': 1}, {'end': 2}, {'foo': 3}):
    try:
        print('x', **kw)
    except TypeError:
        print('TypeError')
# Not a stream: CPython's AttributeError, MicroPython's OSError.
try:
    print('x', file=1)
except (AttributeError, OSError):
    print('not a stream')
