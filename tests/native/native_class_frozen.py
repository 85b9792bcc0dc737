# A frozen native class (no &mut self method): values, __str__ without __repr__,
# comparisons, hashing, nested shared borrows.
import example

V = example.Version


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


v = V(1, 4)
print(v, str(v), v.major, v.minor, V(2))
print(repr(v).startswith("<Version object at 0x"))
print(v == V(1, 4), v == V(1, 5), v != V(2), v < V(1, 5), V(2) > v)
print(sorted([V(2), V(1, 9), V(1, 4)], key=lambda x: (x.major, x.minor))[0])
print(len({V(1, 4), V(1, 4), v.bump()}), hash(v) == hash(V(1, 4)))
print(v.bump(), v.bump().bump(), v)
print(v.visit(lambda: v.visit(lambda: str(v.bump()))))
t(lambda: V())
t(lambda: V(1, 2, 3))
t(lambda: V(major=3, minor=1))


def set_major():
    v.major = 2


t(set_major)
t(lambda: v < 1)
