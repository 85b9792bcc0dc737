# Names stored under keys that are built strings (not interned) are found by attribute
# and global lookups, which compare interned names by identity first.


class C:
    pass


o = C()
k = "".join(["fi", "eld"])
o.__dict__[k] = 1
print(o.field, getattr(o, k))
o.field = 2
print(o.__dict__[k], len(o.__dict__))

g = globals()
name = "".join(["glob", "al_x"])
g[name] = 10
print(global_x)
global_x = 11
print(g[name])

d = {}
d["".join(["a", "b"])] = 1
print(d["ab"], "ab" in d)

