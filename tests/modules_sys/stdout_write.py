# sys.stdout and sys.stderr: write() of str and buffers, its count, print(file=...), errors
import sys
if not hasattr(sys, 'stdout'):
    print('SKIP')
    raise SystemExit
print(sys.stdout.write('text\n'))
print(sys.stdout.write(''))
print(sys.stdout.write('\u00e9\n'))
print(sys.stdout.write(bytearray(b'buf\n')))
print('to stdout', 1, sep='-', file=sys.stdout)
print(sys.stdout.buffer.write(b'raw\n'))
print(sys.stdout.buffer.write(memoryview(b'view\n')))
for bad in (12, None, [1]):
    try:
        sys.stdout.write(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    sys.stdout.write()
except TypeError:
    print('TypeError no argument')
print(sys.stdout.flush(), sys.stdout.fileno(), sys.stderr.fileno())
