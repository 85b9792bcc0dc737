# iter() and next(): one and two arguments
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration:
    print('StopIteration')
print(iter(it) is it, list(iter('ab')), list(iter((1,))), list(iter({3: 4})))
def gen():
    yield 1
    return 5
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.args)
print(next(gen(), 0), next(iter([]), 'empty'))
n = [0]
def count():
    n[0] += 1
    return n[0]
print(list(iter(count, 4)))
for f in (lambda: iter(1), lambda: next([]), lambda: iter(1, 2)):
    try:
        f()
    except TypeError:
        print('TypeError')
