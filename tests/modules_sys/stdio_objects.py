# sys.stdin, sys.stdout, sys.stderr and their .buffer: types, printing, file numbers
import sys
if not hasattr(sys, 'stdout'):
    print('SKIP')
    raise SystemExit
for f in (sys.stdin, sys.stdout, sys.stderr):
    print(f, type(f).__name__, f.fileno())
    print(f.buffer, type(f.buffer).__name__, f.buffer.fileno())
print(sys.stdout is sys.stdout, sys.stdout is sys.stderr)
print(sys.stdout.buffer is sys.stdout.buffer)
print(type(sys.stdout) is type(sys.stdin), type(sys.stdout) is type(sys.stdout.buffer))
print(hasattr(sys.stdout.buffer, 'buffer'))
for name in ('read', 'readinto', 'readline', 'write'):
    print(name, hasattr(sys.stdin, name), hasattr(sys.stdout.buffer, name))
try:
    sys.stdout.nope
except AttributeError:
    print('AttributeError')
