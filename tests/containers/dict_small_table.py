# Dicts and sets of up to 8 entry slots keep no index (lookups read the entries in
# order); past that they get one. Both ways: equal keys of other types, colliding hashes,
# deletion and reinsertion, growth across the boundary, a key whose __eq__ mutates.
d = {}
for i in range(12):
    d[i] = i * i
    print(len(d), i in d, (i + 1) in d, d.get(i), d.get(100))
for i in range(0, 12, 3):
    del d[i]
print(sorted(d.items()))
for i in range(0, 12, 3):
    d[i] = -i
print(list(d.keys()))

# Equal keys of other types find the same entry.
e = {1: "one", 2.5: "two and a half", "s": "str"}
print(e[1.0], e[True], e[2.5], 1.0 in e, e.get(1 + 0j, "no"))
e[1.0] = "ONE"
print(e, len(e))


class Same:
    """Every instance hashes alike; equal when their tags are."""

    def __init__(self, tag):
        self.tag = tag

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return isinstance(other, Same) and self.tag == other.tag

    def __repr__(self):
        return "Same(%d)" % self.tag


c = {}
for t in range(10):
    c[Same(t)] = t
    print(len(c), c.get(Same(t)), c.get(Same(t + 100)))
del c[Same(3)]
print(sorted(c.values()), Same(3) in c, Same(4) in c)


class Mutator:
    """Its __eq__ empties the dict it is compared in, once."""

    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return 7

    def __eq__(self, other):
        if self.target:
            self.target.clear()
            self.target = None
        return False


m = {}
m[Same(1)] = 1
print(m.get(Mutator(m)), m)

s = set()
for i in range(11):
    s.add(i % 9)
    print(len(s), (i % 9) in s)
s.discard(4)
print(sorted(s), 4 in s)
print({k: v for k, v in zip("abcdefghij", range(10))})
