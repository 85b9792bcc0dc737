# collections.namedtuple: construction, fields by name and index, tuple behaviour,
# _fields, _asdict, _replace, subclassing.
from collections import namedtuple

P = namedtuple("P", "x y")
p = P(1, 2)
print(p, repr(p), str(p), p.x, p.y, p[0], p[-1], len(p))
print(P(y=4, x=3), P(5, y=6), P(*[7, 8]), P(**{"x": 9, "y": 10}))
print(P._fields, p._fields, type(p) is P, isinstance(p, tuple), P.__name__)
print(p == (1, 2), p == P(1, 2), p != P(2, 1), p < P(1, 3), hash(p) == hash((1, 2)))
print(p + (3,), p[0:1], p * 2, list(p), tuple(p), 2 in p)
a, b = p
print(a, b, sorted([P(2, 1), P(1, 2)]))
print(p._asdict(), p._replace(x=5), p._replace(), p)

Q = namedtuple("Q", ["a", "b", "c"])
print(Q(1, 2, 3), Q._fields)
R = namedtuple("R", ("a", "b"))
print(R("u", "v"), namedtuple("S", "a,b")(1, 2), namedtuple("T", "a, b  c")(1, 2, 3))
E = namedtuple("E", "")
print(E(), len(E()), E._fields)

# Different classes with the same fields are still equal as tuples.
print(P(1, 2) == R(1, 2), {P(1, 2): "v"}[(1, 2)])


class V(namedtuple("V", "x y")):
    def norm1(self):
        return abs(self.x) + abs(self.y)


v = V(3, -4)
print(v, v.norm1(), v.x, isinstance(v, tuple), V._fields)

# Fields are read-only.
try:
    p.x = 5
except AttributeError:
    print("AttributeError")
try:
    p.z
except AttributeError:
    print("AttributeError")
