# type(x), type(name, bases, dict), isinstance/issubclass with tuples, decorators.
print(type(1).__name__, type('a') is str, type(type(1)) is type)
Dyn = type('Dyn', (object,), {'v': 5, 'get': lambda self: self.v * 2})
o = Dyn()
print(Dyn.__name__, o.v, o.get())
print(isinstance(1, (str, int)), isinstance('a', (int, list)), issubclass(bool, int))
def deco(tag):
    def wrap(f):
        def inner(*a, **k):
            return tag + str(f(*a, **k))
        return inner
    return wrap
def twice(f):
    return lambda x: f(f(x))
@deco('<')
@twice
def inc(x):
    return x + 1
print(inc(1))
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class Reg:
    pass
print(registry)
fns = {'f': lambda: 'dict-decorated'}
try:
    issubclass(1, int)
except TypeError:
    print('TypeError')
