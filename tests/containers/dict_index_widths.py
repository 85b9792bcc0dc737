# Dicts and sets across the sizes where their index changes width (the first few hundred
# entries): growth, lookups of present and absent keys, deletions leaving tombstones,
# reinsertion, insertion order, and equal keys of different types (1, 1.0, True).
d = {}
for i in range(600):
    d[i * 3] = i
    if i in (8, 9, 169, 170, 171, 255, 256, 257, 511):
        print(i, len(d), d[0], d[i * 3], (i * 3 + 1) in d, d.get(i * 3 + 2))
for i in range(0, 600, 2):
    del d[i * 3]
print(len(d), list(d)[:5], list(d)[-3:], sum(d.values()))
for i in range(0, 600, 4):
    d[i * 3] = -i
print(len(d), list(d)[:3], list(d)[-3:], d[0], d[12], 3 in d, 6 in d)
print(d[1.0 * 3], d.get(True * 3), 1797 in d, d.pop(1797), 1797 in d)
names = {}
for i in range(400):
    names["k%d" % i] = i
print(len(names), names["k0"], names["k399"], "k400" in names, sorted(names)[:3])
s = set()
for i in range(500):
    s.add(i * 5)
    s.add(i * 5)
print(len(s), 0 in s, 2495 in s, 2496 in s)
for i in range(0, 500, 3):
    s.discard(i * 5)
print(len(s), 5 in s, 15 in s, min(s), max(s))
# A copy and a comprehension of the same keys.
c = dict(d)
print(c == d, len({k: 1 for k in range(300)}), len({k % 257 for k in range(1000)}))
