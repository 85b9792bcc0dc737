# Set comprehensions and displays with unpacking; comprehension scopes do not leak.
s = {x % 3 for x in range(10)}
print(sorted(s), sorted({*'abc', *'cd'}), sorted({(a, b) for a in range(2) for b in range(2) if a != b}))
i = 'kept'
print([i for i in range(3)], i, {k: [v for v in range(k)] for k in range(3)})
print(sum(x for x in range(5) if x % 2), max((len(w), w) for w in ['aa', 'b', 'cccc']))
