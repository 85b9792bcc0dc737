# Attribute loads remember where a name was in the last instance's dict and dicts keep a
# filter of the keys they hold: each case must still find exactly what is there.


class P:
    def __init__(self, first):
        if first:
            self.a = 1
            self.b = 2
        else:
            self.b = 20
            self.a = 10

    def total(self):
        return self.a * 100 + self.b


ps = [P(i % 2 == 0) for i in range(6)]
print([p.total() for p in ps])
print([(p.a, p.b) for p in ps])

# Deleting and re-adding moves a name; a deleted name is gone.
q = P(True)
del q.a
try:
    q.a
except AttributeError:
    print("no a")
q.a = 5
print(q.a, q.b, q.total())
q.__dict__.clear()
print(hasattr(q, "a"), hasattr(q, "b"))
q.c = 3
print(q.c, sorted(q.__dict__))

# A data descriptor on the class still wins over the instance dict.


class D:
    @property
    def a(self):
        return "prop"


class E(D):
    pass


e = E()
e.__dict__["a"] = "inst"
print(e.a, e.__dict__["a"])

# A class attribute shadowed per instance, then not.


class C:
    x = "class"


c1, c2 = C(), C()
c1.x = "c1"
print(c1.x, c2.x)
del c1.x
print(c1.x)
C.x = "changed"
print(c1.x, c2.x)

# Many attributes (past the filter's 32 bits), looked up and missed.
m = C()
names = ["n%d" % i for i in range(60)]
for i, n in enumerate(names):
    setattr(m, n, i)
print(sum(getattr(m, n) for n in names), getattr(m, "n99", "missing"))
for n in names[::2]:
    delattr(m, n)
print(sum(getattr(m, n, 0) for n in names), len(m.__dict__))

# Dicts: str keys built at run time equal to names, deletion, clear, re-insertion.
d = {}
k = "".join(["ke", "y"])
d[k] = 1
print(d.get("key"), "key" in d, d.get("other"))
del d["key"]
print(d.get("key"), "key" in d)
d["key"] = 2
d.clear()
print(d.get("key"), len(d))
d.update({"x%d" % i: i for i in range(100)})
print(sum(d[k] for k in d), d.get("x100"), d.get("x99"))
g = globals()
g["dyn"] = 42
print(dyn)
del g["dyn"]
try:
    dyn
except NameError:
    print("no dyn")
