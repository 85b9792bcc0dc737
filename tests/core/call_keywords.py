# Calls with keyword arguments, defaults, keyword-only, *args and **kwargs.
def f(a, b=2, *args, k=3, **kw):
    return (a, b, args, k, sorted(kw.items()) if False else kw)
print(f(1))
print(f(1, 5, 6, 7, k=9, z=1))
print(f(b=4, a=3))
print(f(*[1, 2, 3], **{'k': 5, 'q': 6}))
def g(a, *, k, m=1):
    return a, k, m
print(g(1, k=2), g(1, m=5, k=0))
def h(*args, **kwargs):
    return args, kwargs
print(h(), h(1, 2, x=3))
lst = [1, 2]
print(h(0, *lst, 3, *lst, y=1, **{'z': 2}))
print((lambda a, b=1, *c, d=4, **e: (a, b, c, d, e))(9, d=7, w=8))
class C:
    def m(self, a, b=10, *, c=20):
        return a + b + c
o = C()
print(o.m(1), o.m(1, 2), o.m(1, c=3), o.m(a=5, b=5, c=5))
print(C.m(o, 1, 1, c=1))
for call in [lambda: f(), lambda: f(1, a=2), lambda: f(1, 2, b=3), lambda: g(1), lambda: g(1, 2, k=3),
             lambda: C().m(), lambda: len(x=1), lambda: (lambda: 0)(1), lambda: (lambda a: 0)(b=1)]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
print('sep', 'end', sep='-', end='!\n')
def kwonly(a, *, k):
    return a + k
print(kwonly(1, k=2))
try:
    kwonly(1)
except TypeError as e:
    print('TypeError', e)
