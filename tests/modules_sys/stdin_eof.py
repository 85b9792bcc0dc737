# sys.stdin at the end of the input (the host runs this file from stdin, so it is consumed)
import sys
if not hasattr(sys, 'stdin') or sys.platform != 'linux':
    print('SKIP')
    raise SystemExit
print(repr(sys.stdin.read()))
print(repr(sys.stdin.read(5)))
print(repr(sys.stdin.readline()))
print(sys.stdin.readlines())
print(repr(sys.stdin.buffer.read()))
b = bytearray(3)
print(sys.stdin.readinto(b), b)
print(list(sys.stdin))
