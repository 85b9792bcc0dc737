# Decorators (stacked, any expression), lambdas with every parameter kind, keyword-only
# parameters, annotations parsed and ignored, closures with defaults.
registry = {}
def register(name):
    def deco(f):
        registry[name] = f
        return f
    return deco
class Deco:
    def __init__(self, tag):
        self.tag = tag
    def __call__(self, f):
        def inner(*a, **k):
            return self.tag + str(f(*a, **k))
        return inner
decos = [lambda f: f, Deco('#')]
@register('double')
@decos[1]
@(lambda f: f)
def double(x: int) -> int:
    return x * 2
print(double(21), registry['double'] is double)
l1 = lambda: 0
l2 = lambda a, b=2, *c, d, e=5, **f: (a, b, c, d, e, f)
print(l1(), l2(1, d=4), l2(1, 2, 3, d=4, e=6, g=7))
def kw(a, *, b, c=3) -> None:
    return a, b, c
print(kw(1, b=2), kw(a=1, c=0, b=2))
def annotated(a: 'x', *args: int, key: str = 'k', **kw: dict) -> 'ret':
    v: int = 5
    w: list
    return a, args, key, kw, v
print(annotated(1, 2, 3, key='q', z=0))
def outer():
    base = 100
    def inner(x, y=base, *, z=base + 1):
        return x + y + z
    return inner
print(outer()(1), outer()(1, 2, z=3))
