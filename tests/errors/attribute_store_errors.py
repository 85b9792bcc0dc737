# Failed attribute stores and deletions, with MicroPython's wording: a property without a
# setter or deleter (one with them runs them), and a missing attribute of a class or object.


class A:
    def __init__(self):
        self._v = 1

    @property
    def ro(self):
        return self._v

    @property
    def rw(self):
        return self._v

    @rw.setter
    def rw(self, v):
        self._v = v

    @rw.deleter
    def rw(self):
        self._v = None


a = A()
for f in (lambda: setattr(a, "ro", 2), lambda: delattr(a, "ro")):
    try:
        f()
    except AttributeError as e:
        print("AttributeError", e)
a.rw = 5
print(a.ro, a.rw)
del a.rw
print(a.rw)


# Stores and deletions that fail name the object's type, `type` for a class.
class C:
    pass


for f in (lambda: delattr(C, "x"), lambda: setattr(int, "x", 1), lambda: delattr(int, "x"), lambda: delattr(C(), "y")):
    try:
        f()
    except AttributeError as e:
        print("AttributeError", e)
