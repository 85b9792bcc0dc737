# io.StringIO: initial value, read/readline/write/seek/tell/getvalue, iteration, with,
# print(file=...).
import io

s = io.StringIO('hello\nworld\nend')
print(repr(s.read(2)), s.tell(), repr(s.readline()), repr(s.readline()), s.tell())
print(repr(s.readline()), repr(s.readline()), repr(s.read()), s.tell())
print(s.seek(0), repr(s.read()), s.seek(6), repr(s.read(5)))
print(repr(s.read(0)), repr(s.read(-1)))
print(s.seek(0), repr(s.readline(3)), repr(s.readline(100)))

s = io.StringIO()
print(repr(s.getvalue()), repr(s.read()), repr(s.readline()), s.tell())
print(s.write('abc'), s.write(''), s.write('def'), s.tell(), repr(s.getvalue()))
print(repr(s.read()), s.seek(0), repr(s.read()))
# writing over the middle, then past the end
s.seek(1)
print(s.write('XY'), repr(s.getvalue()), s.tell(), repr(s.read()))
print(s.seek(0, 2), s.write('!'), repr(s.getvalue()))
s = io.StringIO('ab')
s.seek(4)
s.write('z')
print(repr(s.getvalue()))
# a write does not truncate
s = io.StringIO('abcdef')
s.write('12')
print(repr(s.getvalue()), repr(s.read()))

# print to a StringIO
s = io.StringIO()
print('a', 1, [2], file=s)
print('b', 'c', sep='-', end='!', file=s)
print(file=s)
print(repr(s.getvalue()))

# iteration gives lines
print(list(io.StringIO('a\nb\n\nc')), list(io.StringIO('')))
for line in io.StringIO('x\ny\n'):
    print(repr(line))

# context manager closes
with io.StringIO('data') as f:
    print(f.read(2))
for op in (f.read, f.getvalue, f.readline, lambda: f.write('x')):
    try:
        op()
    except ValueError:
        print('ValueError')
print(f.close())
print(type(io.StringIO()).__name__, io.StringIO('q').flush())
