# tuple literals, singletons, indexing and len
t = (1, 2, 3)
print(t, len(t))
print(t[0], t[2], t[-1], t[-3])
e = ()
print(e, len(e))
s = (5,)
print(s, len(s), s[0])
print((5), (5,) == 5, (5,) == (5,))
u = 1, 'two', None, True
print(u, len(u))
print(type(t), type(e), type(s))
print((1, 2,), (1,2))
nested = ((1, 2), (3, (4, 5)), ())
print(nested[1][1][0], len(nested[2]), nested[-1])
for bad in (3, -4, 99):
    try:
        print(t[bad])
    except IndexError:
        print('IndexError', bad)
try:
    print(t['a'])
except TypeError:
    print('TypeError tuple index')
print(len((0,) * 0), not (), not (0,))
