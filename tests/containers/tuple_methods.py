# tuple: count, index, slicing, repeat, hash consistent with ==
t = (1, 2, 3, 2, 1)
print(t.count(1), t.count(9), t.index(2), t.index(2, 2), t.index(1, -1), t.index(3, 0, 3))
print(t[1:3], t[::-1], t[::2], t[5:], t[-2:], t[:] is t, t[1:1])
print(t * 2, 2 * (0,), () * 5, (1,) * 0, (1, 2) + (3,), t + ())
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 'a'))) == hash((1, (2, 'a'))), hash(()) == hash(()))
print(hash((1, True)) == hash((True, 1)), (1, True) == (True, 1))
d = {(1, 2): 'a', (): 'e'}
print(d[(1, 2)], d[()], (1, 2) in d)
print(tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple(x * 2 for x in (1, 2)))
print((1, 2) < (1, 3), (1,) < (1, 0), (2,) > (1, 9), () == (), (1,) != (1,))
for f in (lambda: t.index(9), lambda: t[10], lambda: t.count(), lambda: hash(([],)), lambda: (1,) + [1]):
    try:
        f()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__)
try:
    t[0] = 1
except TypeError:
    print('TypeError assign')
class T(tuple):
    pass
x = T([1, 2])
print(x, x.count(1), x[1:], len(x), x + (3,), type(x[:]).__name__)
