# Dict and set entries keep no hash: growing hashes the keys again, and a lookup compares
# only keys whose tag (a byte of the hash) matches. Keys of every kind must survive growth,
# copies, deletions and set algebra; a key's __hash__ that mutates the dict while it grows
# must leave a dict whose keys are all found.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __hash__(self):
        return hash((self.x, self.y))

    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x and self.y == other.y


# Mixed key kinds through several growths (small table, then 8- and 16-bit index).
d = {}
for i in range(120):
    d[i] = "int"
    d[str(i)] = "str"
    d[(i, -i)] = "tuple"
    d[P(i, i + 1)] = "P"
    d[b"b%d" % i] = "bytes"
print(len(d))
print(all(d[i] == "int" and d[str(i)] == "str" and d[(i, -i)] == "tuple" for i in range(120)))
print(all(d[P(i, i + 1)] == "P" and d[b"b%d" % i] == "bytes" for i in range(120)))
print(P(1, 1) in d, (1, 2) in d, "120" in d, 120 in d, 1.0 in d, True in d)

# Deletions then growth (compaction), order kept.
for i in range(0, 120, 2):
    del d[i]
    del d[P(i, i + 1)]
for i in range(120, 150):
    d[i] = "more"
keys = list(d)
print(len(d), keys[:3], keys[-2:])
print(all(P(i, i + 1) in d for i in range(1, 120, 2)), any(P(i, i + 1) in d for i in range(0, 120, 2)))

# Copies keep holes, order and every key.
c = d.copy()
print(list(c) == list(d), c == d, len(c))
c[P(0, 1)] = "new"
print(len(c), len(d), c[P(0, 1)])
e = dict(c)
print(list(e) == list(c))

del c, e

# Small dicts of user keys: equal keys of other objects found.
small = {P(1, 2): "a", P(3, 4): "b", "x": 1}
print(small[P(3, 4)], small[P(1, 2)], small["x"], P(5, 6) in small)

# __eq__ that raises for keys of another type: only keys of equal tag are compared, and
# these never meet an int key with the same hash here.


class Strict:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v

    def __eq__(self, other):
        return self.v == other.v


s = {Strict(1): 1, Strict(2): 2}
print(s[Strict(2)], s[Strict(1)])

# A __hash__ that inserts into the dict it is a key of (its first 30 calls: growing hashes
# the keys again, and a __hash__ that always inserts would grow the dict from inside its
# own growth until the stack runs out, as in MicroPython).
target = {}
calls = [0]


class Meddler:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        calls[0] += 1
        if calls[0] <= 30:
            target[("m", calls[0])] = 0
        return self.v

    def __eq__(self, other):
        return isinstance(other, Meddler) and self.v == other.v


for i in range(60):
    target[Meddler(i)] = i
print(all(target[Meddler(i)] == i for i in range(60)))
print(sum(1 for k in target if isinstance(k, Meddler)))

del d, target

# Sets: algebra over mixed keys, frozenset hashes equal after different growth.
a = set(range(100)) | {str(i) for i in range(50)} | {(i,) for i in range(30)}
b = set(range(50, 150)) | {str(i) for i in range(25, 75)}
print(len(a | b), len(a & b), len(a - b), len(a ^ b))
f1 = frozenset(range(200))
f2 = frozenset(reversed(range(200)))
f3 = frozenset(list(range(300))[:200])
print(hash(f1) == hash(f2) == hash(f3), f1 == f2 == f3)
print({f1: 1}[f2])
