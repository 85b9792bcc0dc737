# Comprehensions and generator expressions: nested clauses, own scope, closures.
print([x * 2 for x in range(5) if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x) if y != 1])
print({k: v for k, v in [('a', 1), ('b', 2)]})
x = 'outer'
print([x for x in range(2)], x)
def f(n):
    return [i + n for i in range(3)]
print(f(10))
def g():
    m = 5
    return list(y * m for y in range(3))
print(g())
print([[j for j in range(i)] for i in range(4)])
fs = [lambda: i for i in range(3)]
print([h() for h in fs])
print(list(a + b for a, b in [(1, 2), (3, 4)]))
