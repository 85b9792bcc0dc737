# all, any, sum over any iterable
print(all([]), all([1, 'a']), all([1, 0]), any([]), any([0, '']), any([0, 3]))
print(all(x > 0 for x in range(1, 5)), any(x > 3 for x in range(3)), all(iter(())), any('a'))
def noisy():
    for x in (1, 0, 2):
        print('yield', x)
        yield x
print(all(noisy()))
print(any(noisy()))
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum((1, 2), 10), sum([[1], [2]], []), sum([(1,), (2,)], ()))
print(sum([1, 2], start=5), sum(x * x for x in range(4)), sum({1: 'a', 2: 'b'}), sum([True, True]))
for f in (lambda: sum(1), lambda: sum(['a']), lambda: all(1), lambda: any(), lambda: sum()):
    try:
        f()
    except TypeError:
        print('TypeError')
