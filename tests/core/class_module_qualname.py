# A class body starts with __module__ and __qualname__ (MicroPython's qualname is the
# plain name); callable() of an instance depends on its class's __call__.
class A:
    x = 1
    names = sorted(k for k in locals().keys())


print(A.names)
print(A.__module__, A.__qualname__)


class Outer:
    class Inner:
        pass


print(Outer.Inner.__module__)


class B:
    def __call__(self):
        return 5


class C(B):
    pass


print(callable(A()), callable(B()), callable(C()), callable(A), callable(len), callable(3))
b = B()
b.__call__ = None
print(callable(b))
