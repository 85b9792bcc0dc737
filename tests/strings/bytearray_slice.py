# bytearray slices (level extra for assignment): copies, assignment, deletion, steps.
try:
    a = bytearray(b'0123456789')
    a[0:1] = b'0'
except (NameError, TypeError):
    print('SKIP')
    raise SystemExit
print(a[2:5], a[::-1], a[::3], type(a[1:2]).__name__, a[:] == a, a[:] is a)
a[2:5] = b'ab'
print(a)
a[0:0] = b'>>'
print(a)
a[-1:] = bytearray(b'!!!')
print(a)
a[:3] = []
print(a)
a[1:3] = (120, 121)
print(a)
del a[0:2]
print(a)
del a[::2]
print(a)
a[::2] = b'XYZ'[:len(a[::2])]
print(a)
a[:] = a
print(a)
a[2:] = a
print(a)
del a[:]
print(a, len(a))
b = bytearray(b'abcdef')
def assign_step(b, v):
    b[0:6:2] = v
try:
    assign_step(b, b'xy')
except ValueError:
    print('ValueError')
def assign(b, v):
    b[0:2] = v
for v in ('xy', 5):
    try:
        assign(b, v)
    except TypeError:
        print('TypeError')
