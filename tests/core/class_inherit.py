# Inheritance: single, multiple (MRO), super() with zero and two arguments.
class A:
    def who(self):
        return 'A'
    def hello(self):
        return 'hello from ' + self.who()
class B(A):
    def who(self):
        return 'B' + super().who()
class C(A):
    def who(self):
        return 'C' + super().who()
class D(B, C):
    def who(self):
        return 'D' + super(D, self).who()
print(D().who(), D().hello())
print([k.__name__ for k in D.__mro__])
print(issubclass(D, A), issubclass(A, D), issubclass(D, (int, C)))
class Base:
    def __init__(self, v):
        self.v = v
class Derived(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
d = Derived(1, 2)
print(d.v, d.w, isinstance(d, Base))
class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError:
    print('TypeError: MRO')
class K:
    @classmethod
    def create(cls):
        return cls.__name__
class L(K):
    pass
print(K.create(), L.create(), L().create())
