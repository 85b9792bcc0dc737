# Attribute lookups on classes see every change to a class dict, after the same lookups
# have run before (the interpreter caches them): store, delete, setattr, a base changed
# under a subclass, a misses turning into a hit, and descriptors added later.


class A:
    x = 1

    def m(self):
        return "A.m"


class B(A):
    pass


b = B()
for i in range(3):
    print(b.x, b.m(), B.x)
A.x = 2
print(b.x, B.x)
B.x = 3
print(b.x, A.x)
del B.x
print(b.x)
A.m = lambda self: "new m"
print(b.m())
setattr(B, "m", lambda self: "B.m")
print(b.m())
delattr(B, "m")
print(b.m())

# A miss, then the name appears on the base.
for i in range(2):
    try:
        b.y
    except AttributeError:
        print("no y")
A.y = "y"
print(b.y)
del A.y
print(hasattr(b, "y"))

# An instance attribute, then a property on the class takes precedence.
b.z = "inst"
print(b.z)
A.z = property(lambda self: "prop")
print(b.z)
del A.z
print(b.z)

# __setattr__ added after stores were made without it.
b.w = 1
A.__setattr__ = lambda self, k, v: print("setattr", k, v)
b.w = 2
print(b.w)
del A.__setattr__
b.w = 3
print(b.w)

# __getattr__ added later serves misses.
A.__getattr__ = lambda self, k: "ga:" + k
print(b.nothing)
del A.__getattr__
print(hasattr(b, "nothing"))

# A class made by type() over a namespace dict changed afterwards.
ns = {"v": 1}
C = type("C", (), ns)
c = C()
print(c.v)
C.v = 5
print(c.v, C().v)

# Special methods added to a class after instances were used.
class D:
    pass


d = D()
try:
    len(d)
except TypeError:
    print("no len")
D.__len__ = lambda self: 7
print(len(d))
D.__len__ = lambda self: 8
print(len(d))

# Many classes, so that cache slots are shared and replaced.
classes = [type("K%d" % i, (A,), {"k": i}) for i in range(40)]
print(sum(k().k for k in classes), sum(k.k for k in classes))
A.x = 9
print(sum(k().x for k in classes))
