# sorted(iterable, key=None, reverse=False) returns a new list
a = [3, 1, 2]
b = sorted(a)
print(a, b, b is a)
print(sorted((5, 4)), sorted('bca'), sorted({2: 0, 1: 0}), sorted(x for x in (9, 8)), sorted(range(3), reverse=True))
print(sorted(['bb', 'a', 'c'], key=len))
print(sorted([[3, 'x'], [1, 'y'], [3, 'a']], key=lambda p: p[0], reverse=True))
print(sorted([]), sorted([1]), sorted([2, 1], key=None, reverse=False))
try:
    sorted([1, None])
except TypeError:
    print('TypeError')
try:
    sorted(1)
except TypeError:
    print('TypeError')
