# dict methods: get setdefault pop popitem update fromkeys copy clear, insertion order
d = {'b': 1, 'a': 2}
d['c'] = 3
print(d, list(d), d.get('a'), d.get('z'), d.get('z', 0))
print(d.setdefault('a', 9), d.setdefault('n'), d.setdefault('m', 5), d)
print(d.pop('n'), d.pop('zz', 'dflt'), d)
print(d.popitem(), d.popitem(), d)
d.update({'x': 1}, y=2)
d.update([('z', 3)])
d.update(w=4)
d.update()
print(d)
c = d.copy()
c['new'] = 1
print(len(d), len(c), c is d)
c.clear()
print(c, len(c), bool(c), bool(d))
print(dict.fromkeys('ab'), dict.fromkeys([1, 2], 0), dict.fromkeys(()))
print(dict(), dict(a=1), dict([(1, 2), (3, 4)]), dict({1: 2}, b=3), dict(zip('ab', (1, 2))))
d = {1: 'a'}
d[1] = 'b'
d[True] = 'c'
print(d)
del d[1]
d[2] = 'x'
d[1] = 'y'
print(d, 1 in d, 3 in d, 3 not in d)
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} != {2: 1}, {} == [], {1: 2, 3: 4} == {3: 4, 1: 2})
class K:
    def keys(self):
        return ['p', 'q']
    def __getitem__(self, k):
        return k * 2
print(dict(K()))
e = {}
for i in range(50):
    e[i] = i * i
for i in range(0, 50, 2):
    del e[i]
print(len(e), e[49], list(e)[:5], sum(e.values()))
