# memoryview errors, with MicroPython's messages (.exp).
try:
    memoryview
except NameError:
    print('SKIP')
    raise SystemExit
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
m = memoryview(bytearray(b'abc'))
r = memoryview(b'abc')
def setitem(v, i, x):
    v[i] = x
def delitem(v, i):
    del v[i]
t(lambda: memoryview(1))
t(lambda: m[3])
t(lambda: m[-4])
t(lambda: m[::2])
t(lambda: setitem(r, 0, 1))
def setslice(v, x):
    v[0:2] = x
t(lambda: setslice(m, b'xyz'))
t(lambda: delitem(m, 0))
t(lambda: m + b'x')
t(lambda: m['a'])
