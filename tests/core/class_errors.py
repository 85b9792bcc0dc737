# Error paths of classes and calls, with MicroPython's messages.
def f(**k): return k
try: print(f(a=1, **{'a': 2}))
except TypeError as e: print('TypeError', e)
class A:
    def m(self): return 1
try: A.m()
except TypeError as e: print('TypeError', e)
print(A().m.__name__ if hasattr(A().m, '__name__') else 'noname')
try: super()
except TypeError as e: print('TypeError', e)
class B:
    def __eq__(self, o): return NotImplemented
print(B() == B(), B() != 1)
class E: pass
e = E()
try: e()
except TypeError as e2: print('TypeError', e2)
try: E() + 1
except TypeError as e2: print('TypeError', e2)
try: E()[0]
except TypeError as e2: print('TypeError', e2)
try: iter(E())
except TypeError as e2: print('TypeError', e2)
print(type(E()) == E, E.__name__)
def g():
    yield 1
print(type(g()).__name__)
class F(object):
    x = 1
print(F.x, F().x, isinstance(F(), object))
class H:
    def __init__(self): return 5
try: H()
except TypeError as e2: print('TypeError', e2)
print(A.__name__, A().__class__ is A, type(A) is type)
print('end')
