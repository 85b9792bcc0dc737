# unpacking tuples into names
a, b = (1, 2)
print(a, b)
a, b, c = 'xyz'
print(a, b, c)
(a, b), c = (1, 2), 3
print(a, b, c)
for x, y in ((1, 'one'), (2, 'two')):
    print(x, y)
def pair():
    return 10, 20
p, q = pair()
print(p + q)
t = pair()
print(t, type(t))
for n in (1, 3):
    try:
        a, b = (0,) * n
        print('unpacked', a, b)
    except ValueError:
        print('ValueError unpacking', n, 'items into 2')
try:
    a, b = 5
except TypeError:
    print('TypeError unpack int')
