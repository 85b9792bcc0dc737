# Instance attributes are kept in the instance (name, value pairs) until there are more
# than 16 or `__dict__` is asked for; then in a dict that `__dict__` is. Every path must
# behave the same: loads, stores, deletes, order, shadowing, dir() and the dict's aliasing.


class A:
    kind = "class attr"

    def method(self):
        return "method"


a = A()
a.x = 1
a.y = 2
a.z = 3
print(a.x, a.y, a.z, a.kind, a.method())
a.y = 20
print(a.y, hasattr(a, "y"), hasattr(a, "w"), getattr(a, "w", "default"))
del a.x
print(hasattr(a, "x"), a.y, a.z)
try:
    del a.x
except AttributeError as e:
    print("AttributeError", e)
try:
    a.missing
except AttributeError as e:
    print("AttributeError", e)
a.x = 100
print(sorted(k for k in dir(a) if not k.startswith("__")))

# An instance attribute shadows a method and a class attribute; deleting it uncovers them.
a.method = lambda: "instance"
a.kind = "instance attr"
print(a.method(), a.kind)
del a.method, a.kind
print(a.method(), a.kind)

# A class attribute added after the instance set the same name: the instance still wins.
b = A()
b.late = "instance"
A.late = "class"
print(b.late, A().late)
del b.late
print(b.late)

# Names built at run time, setattr/getattr/delattr.
c = A()
for i in range(10):
    setattr(c, "attr_" + str(i), i * i)
print([getattr(c, "attr_%d" % i) for i in range(10)])
delattr(c, "attr_3")
print(hasattr(c, "attr_3"), c.attr_9)

# Past 16 attributes the instance moves to a dict; everything still works.
d = A()
for i in range(40):
    setattr(d, "n%d" % i, i)
print(sum(getattr(d, "n%d" % i) for i in range(40)), d.n0, d.n39)
del d.n20
print(hasattr(d, "n20"), len([k for k in dir(d) if k.startswith("n")]))

# __dict__ aliases the attributes, in both directions, in insertion order.
e = A()
e.p = 1
e.q = 2
e.r = 3
del e.q
e.q = 4
dd = e.__dict__
print(list(dd.items()))
dd["s"] = 5
e.p = 10
print(e.s, dd["p"], list(dd))
del dd["r"]
print(hasattr(e, "r"), e.__dict__ is dd)


# Instances of one class with different attribute orders (the position hint differs).
class P:
    def __init__(self, flip):
        if flip:
            self.b = "b"
            self.a = "a"
        else:
            self.a = "a"
            self.b = "b"


ps = [P(i % 2) for i in range(6)]
print("".join(p.a + p.b for p in ps))
for p in ps:
    p.a = p.a.upper()
print("".join(p.a + p.b for p in ps))


# A subclass of a built-in keeps its attributes beside the built-in part.
class L(list):
    pass


l = L([1, 2, 3])
l.tag = "tagged"
l.append(4)
print(l, l.tag, len(l), l.__dict__)

# Many small instances, each with a few attributes.
objs = []
for i in range(300):
    o = A()
    o.i = i
    o.sq = i * i
    objs.append(o)
print(sum(o.sq for o in objs if o.i % 7 == 0))
