# type() and isinstance() with the built-in types
print(type(1), type(-1), type(0x10))
print(type('s'), type(''), type(()), type((1,)))
print(type(True), type(None))
def f():
    pass
print(type(f))
print(type(1) == type(2), type(1) == type('1'), type(type(1)) == type(type('')))
print(type(1) is int, type('') is str, type(()) is tuple, type(False) is bool)
print(isinstance(1, int), isinstance('1', int), isinstance(True, int))
print(isinstance('a', str), isinstance((), tuple), isinstance(None, int))
print(isinstance(True, bool), isinstance(1, bool), isinstance(False, bool))
print(isinstance((1,), str), isinstance('x', tuple))
print(int, str, tuple, bool)
x = 5
if isinstance(x, int) and not isinstance(x, bool):
    print('plain int')
try:
    print(isinstance(1, 1))
except TypeError:
    print('TypeError isinstance second arg')
