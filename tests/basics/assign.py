# assignment forms: simple, chained, tuple unpacking, swap
a = 1
print(a)
a = b = c = 7
print(a, b, c)
b = 8
print(a, b, c)
x, y = 1, 2
print(x, y)
x, y = y, x
print(x, y)
a, b, c = c, a, b
print(a, b, c)
(p, q) = (3, 4)
print(p, q)
p, q = 'hi'
print(p, q)
t = 5, 6, 7
print(t)
i, j, k = t
print(i + j + k)
m, (n, o) = 1, (2, 3)
print(m, n, o)
s = u = (9,)
print(s, u, s is u)
first, = (42,)
print(first)
name_with_digits2 = 2
_under = 3
CamelCase = 4
print(name_with_digits2, _under, CamelCase)
