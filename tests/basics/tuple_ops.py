# tuple concatenation, repetition and membership
a = (1, 2)
b = (3,)
print(a + b, b + a, a + (), () + ())
print(a * 3, 2 * b, a * 0, a * -1)
print((a + b) * 2, len(a * 100))
print(1 in a, 3 in a, 3 not in a, 'x' in ('x', 'y'), (1,) in ((1,), 2))
print(None in (None,), () in ((),), 0 in ())
c = a
c = c + (9,)
print(a, c)
t = ('a',) * 3
print(t, t[1])
try:
    print(a + 1)
except TypeError:
    print('TypeError tuple + int')
try:
    print(a + 'x')
except TypeError:
    print('TypeError tuple + str')
try:
    print(a * a)
except TypeError:
    print('TypeError tuple * tuple')
