# enumerate(iterable, start=0)
print(list(enumerate('abc')), list(enumerate([], 5)), list(enumerate((7, 8), start=-1)))
print(list(enumerate(range(3), 10)), dict(enumerate('xy')))
e = enumerate(iter([1, 2]))
print(next(e), next(e), next(e, 'done'), iter(e) is e)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
print(list(enumerate(iterable=[1], start=1)))
try:
    enumerate(1)
except TypeError:
    print('TypeError')
