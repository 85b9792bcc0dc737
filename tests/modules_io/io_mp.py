# io as MicroPython has it: positions in bytes, any buffer written to either stream, seek
# clamping and its EINVAL, an int initial value, IOBase to derive from.
import io

s = io.StringIO('h\u00e9llo')
print(s.read(2), s.tell(), s.read(), s.tell())
s = io.StringIO()
print(s.write('\u00e9\u20ac'), s.tell(), s.getvalue(), len(s.getvalue()))
s = io.StringIO('abc')
print(s.write(b'X'), s.getvalue())
b = io.BytesIO()
print(b.write('text'), b.getvalue())

s = io.StringIO('abcdef')
print(s.seek(-2, 2), s.read(), s.seek(-100, 1), s.tell(), s.seek(2), s.seek(1, 1), s.read())
try:
    s.seek(-1)
except OSError as e:
    print('OSError', e.errno, e)
print(io.StringIO(10).getvalue() == '', io.BytesIO(4).getvalue())
s = io.StringIO('abc')
s.seek(5)
print(repr(s.read()), s.write('z'), repr(s.getvalue()))
print(repr(io.StringIO('ab\ncd').readline(1)))


class Sink(io.IOBase):
    def __init__(self):
        self.parts = []

    def write(self, x):
        self.parts.append(x)
        return len(x)


k = Sink()
print(isinstance(k, io.IOBase), k.write('hi'), k.parts)
print(isinstance(io.StringIO(), io.IOBase), io.IOBase)
for name in ('StringIO', 'BytesIO', 'IOBase', 'open'):
    print(name, hasattr(io, name))
