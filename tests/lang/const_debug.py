# micropython.const folded at compile time; `_NAME` consts are not stored; __debug__.
from micropython import const
X = const(5)
_Y = const(6)
Z = const(X)
print(X, _Y, Z, __debug__)
def f():
    return X + _Y
print(f())
if __debug__:
    print('debug')
