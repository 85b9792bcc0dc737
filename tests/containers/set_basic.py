# set: construction, add discard remove pop clear copy, in, len, printing
s = {1, 2, 3}
print(sorted(s), len(s), 2 in s, 5 in s, 5 not in s)
s.add(4)
s.add(1)
s.discard(2)
s.discard(99)
s.remove(3)
print(sorted(s))
print(set(), set([1, 1, 2]) == {1, 2}, sorted(set('abca')), set(range(3)) == {0, 1, 2}, set({5: 0}))
e = set()
print(e, len(e), bool(e), bool({0}), repr({7}))
c = s.copy()
c.add(100)
print(sorted(s), sorted(c), c is s)
x = s.pop()
print(x in (1, 4), len(s))
s.clear()
print(s, len(s))
print({1, True, 1} == {1}, len({1, True}), {(1, 2), (1, 2)} == {(1, 2)}, {'a', 'a'})
print({x * x for x in range(-2, 3)} == {0, 1, 4}, sorted({c for c in 'hello'}))
for v in {42}:
    print(v)
t = set()
for i in range(100):
    t.add(i % 37)
for i in range(0, 37, 2):
    t.discard(i)
print(len(t), sorted(t)[:5], sum(t))
class S(set):
    pass
u = S([3, 1])
u.add(2)
print(sorted(u), type(u).__name__, isinstance(u, set), sorted(u | {9}), type(u | {9}).__name__)
