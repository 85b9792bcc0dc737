# A class statement whose first base is not a class: the base's type is called with the
# name, the bases and the namespace, and what it returns is bound to the name (as in
# MicroPython and CPython). An int base makes `int()` refuse three arguments.


class Maker:
    def __init__(self, name, bases, ns):
        self.name = name
        self.n_bases = len(bases)
        self.keys = sorted(k for k in ns if not k.startswith("__"))


m = Maker("M", (), {})


class X(m):
    a = 1

    def f(self):
        pass


print(type(X).__name__, X.name, X.n_bases, X.keys)


class Y(m, int):
    b = 2


print(type(Y).__name__, Y.name, Y.n_bases, Y.keys)

try:

    class Z(1):
        pass

except TypeError as e:
    print("TypeError", e)
