# zip and map over any number of iterables, stopping at the shortest
print(list(zip()), list(zip([1, 2])), list(zip([1, 2], 'abc')), list(zip(range(3), (4, 5, 6), [7, 8, 9])))
z = zip('ab', 'cd')
print(next(z), iter(z) is z, list(z), list(z))
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], (4, 5))), list(map(str, range(3))))
m = map(len, ['', 'ab'])
print(next(m), next(m), next(m, None))
def gen():
    yield 1
    yield 2
print(list(zip(gen(), gen())), list(map(lambda x: x + 1, gen())))
for f in (lambda: zip(1), lambda: map(len), lambda: map(1, [1]), lambda: list(map(1, [1]))):
    try:
        f()
        print('ok')
    except TypeError:
        print('TypeError')
