# object's own methods: __new__, __setattr__, __delattr__ (called by classes that define
# theirs) and __init__; their errors are MicroPython's (.exp).
class A:
    def __setattr__(self, k, v):
        print('set', k, v)
        object.__setattr__(self, k, v * 2)
    def __delattr__(self, k):
        print('del', k)
        object.__delattr__(self, k)
a = A()
a.x = 3
print(a.x)
del a.x
print(hasattr(a, 'x'))
class B:
    def __new__(cls, *args):
        print('new', cls.__name__, args)
        return object.__new__(cls)
    def __init__(self, v):
        self.v = v
b = B(4)
print(b.v, type(b) is B, type(object.__new__(B)) is B)
o = object()
print(type(o).__name__, object.__init__(o))
# Errors.
for f in [lambda: object.__new__(1), lambda: object.__new__(int), lambda: object.__new__(object),
          lambda: object.__setattr__(1, 'x', 2), lambda: object.__setattr__(o, 'x', 2),
          lambda: object.__delattr__(a, 'nope'), lambda: object.__setattr__(a, 1, 2),
          lambda: object.__delattr__(a, None)]:
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
