# bytearray mutation (level core): item assignment, append, extend; iteration sees changes.
try:
    bytearray
except NameError:
    print('SKIP')
    raise SystemExit
a = bytearray(b'abc')
a[0] = 65
a[-1] = 0x43
print(a)
a.append(100)
a.append(0)
print(a, len(a))
a.extend(b'xy')
a.extend(bytearray(b'z'))
a.extend([1, 2])
a.extend(range(3))
a.extend(x for x in (7,))
print(a, len(a))
a.extend(a)
print(len(a), a[:12])
b = bytearray()
for i in range(300):
    b.append(i & 0xff)
print(len(b), b[255], b[256], sum(b) if False else b[-1])
for bad in (lambda: a.append(256), lambda: a.append(-1), lambda: a.extend([300])):
    try:
        bad()
    except ValueError:
        print('ValueError')
def set_item(a, v):
    a[0] = v
for bad in (lambda: a.append('x'), lambda: a.extend('xy'), lambda: a.extend(5), lambda: set_item(a, 'x')):
    try:
        bad()
    except TypeError:
        print('TypeError')
try:
    a[100] = 1
except IndexError:
    print('IndexError')
try:
    set_item(a, 256)
except ValueError:
    print('ValueError')
