# hash consistent with ==, id, callable, isinstance, issubclass
print(hash(1) == hash(True), hash(0) == hash(False), hash(5), hash(-3), hash(True), hash('ab') == hash('a' + 'b'))
print(hash((1, 'a')) == hash((True, 'a')), hash(None) == hash(None), hash(()) == hash(tuple()))
class H:
    def __hash__(self):
        return 42
    def __eq__(self, o):
        return isinstance(o, H)
print(hash(H()), H() == H(), {H(): 1}[H()])
x = []
print(id(x) == id(x), id(x) != id([]), type(id(x)).__name__)
class C:
    def __call__(self):
        pass
print(callable(len), callable(C), callable(C()), callable(1), callable(lambda: 0), callable(x.append), callable(object()))
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, (list, int))), isinstance([], (tuple, dict)))
print(issubclass(bool, int), issubclass(int, bool), issubclass(C, object), issubclass(KeyError, (ValueError, LookupError)))
for o in ([], {}, set()):
    try:
        hash(o)
    except TypeError:
        print('TypeError', type(o).__name__)
