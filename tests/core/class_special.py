# Special methods on instances drive operators and protocols.
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return 'V(%d)' % self.x if False else 'V(' + str(self.x) + ')'
    def __str__(self):
        return '<' + str(self.x) + '>'
    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.x)
    def __sub__(self, o):
        return V(self.x - o.x)
    def __mul__(self, n):
        return V(self.x * n)
    def __neg__(self):
        return V(-self.x)
    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x
    def __lt__(self, o):
        return self.x < o.x
    def __hash__(self):
        return self.x
    def __bool__(self):
        return self.x != 0
    def __iadd__(self, o):
        self.x += o
        return self
a, b = V(1), V(2)
print(a + b, 1 + a, a - b, a * 3, -a, repr(a), str(a))
print(a == V(1), a != b, a < b, bool(V(0)), not V(0))
print(hash(V(7)), {V(1): 'one'}[V(1)])
c = a
c += 5
print(c, a is c)
class Seq:
    def __init__(self):
        self.d = {}
    def __len__(self):
        return len(self.d)
    def __getitem__(self, k):
        if k == 'boom':
            raise KeyError(k)
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __contains__(self, k):
        return k in self.d
s = Seq()
s['a'] = 1
s['b'] = 2
del s['a']
print(len(s), s['b'], 'b' in s, 'a' in s, bool(Seq()))
class It:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(It(3)), [x for x in It(2)])
class Idx:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Idx()))
class Call:
    def __call__(self, a, b=1):
        return a + b
print(Call()(1), Call()(1, b=5), callable(Call()))
class Dyn:
    def __getattr__(self, name):
        return name + '!'
print(Dyn().foo)
class Guard:
    def __setattr__(self, name, v):
        print('set', name, v)
        object.__setattr__(self, name, v) if False else super().__setattr__(name, v)
    def __delattr__(self, name):
        print('del', name)
g = Guard()
g.a = 1
print(g.a)
del g.a
try:
    V(1) + 'x'
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
class NoHash:
    def __eq__(self, o):
        return True
print(NoHash() == 1)
