# frozenset: immutable, hashable by its items (equal frozensets hash alike)
try:
    frozenset
except NameError:
    print('SKIP')
    raise SystemExit
f = frozenset([1, 2, 3])
g = frozenset([3, 2, 1])
print(f == g, hash(f) == hash(g), hash(frozenset()) == hash(frozenset([])))
print(frozenset(), sorted(f), len(f), 2 in f, frozenset('aa'), frozenset([5]))
d = {f: 'f', frozenset(): 'empty'}
print(d[g], d[frozenset()], frozenset({1, 2, 3}) in d)
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
print(type(f | {4}).__name__, type({4} | f).__name__, sorted(f - {1}), type(f.union([4])).__name__)
print(f.copy() is f, frozenset(f) is f, sorted(f.intersection([2, 3, 9])), f.issubset(range(5)))
h = f
h |= {9}
print(sorted(h), sorted(f), h is f)
try:
    f.add(4)
except AttributeError:
    print('AttributeError add')
try:
    hash({1})
except TypeError:
    print('TypeError hash set')
print(hash(frozenset([frozenset([1])])) == hash(frozenset([frozenset([1])])))
print(hash(frozenset([1, True])) == hash(frozenset([1])), frozenset([(1, 2)]) == frozenset([(1, 2)]))
