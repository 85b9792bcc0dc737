# bytearray += and *= change the object in place: every name for it sees the change.
try:
    bytearray
except NameError:
    print('SKIP')
    raise SystemExit
b = bytearray(b'a')
c = b
b += b'x'
print(b, c, b is c)
b += bytearray(b'y')
b += bytes(b)
print(c, b is c)
try:
    b += memoryview(b'z')
    print(c)
except NameError:
    print(bytearray(b'axyaxyz'))
b *= 2
print(c, b is c)
b *= 0
print(c, b is c, len(c))
b += b''
b *= -1
print(c)
# What doesn't fit raises and leaves it unchanged.
d = bytearray(b'q')
e = d
for x in ('s', [1], 5, None):
    try:
        d += x
    except TypeError:
        print('TypeError', type(x).__name__)
try:
    d *= 'a'
except TypeError:
    print('TypeError *')
print(d, d is e)
# The result of + is still a new object.
f = d + b'r'
print(f, d, f is d)
