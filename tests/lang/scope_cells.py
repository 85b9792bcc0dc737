# Closures to any depth, nonlocal, cells in loops, del of locals, cells and globals.
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            def l3():
                return a + b
            return l3
        return l2
    return l1()()()
print(deep())
fs = []
for i in range(3):
    def mk(i=i):
        return i
    fs.append(mk)
print([f() for f in fs])
def loop_cells():
    out = []
    for i in range(3):
        out.append(lambda: i)
    return [f() for f in out]
print(loop_cells())
def dels():
    x = 1
    def g():
        return x
    del x
    try:
        g()
    except NameError as e:
        print('NameError', e)
    x = 2
    print(g())
    y = 3
    del y
    try:
        print(y)
    except NameError as e:
        print('NameError', e)
dels()
G = 5
def gl():
    global G
    G += 1
    del G
gl()
try:
    G
except NameError as e:
    print('NameError', e)
def unbound():
    print(z)
    z = 1
try:
    unbound()
except NameError as e:
    print('NameError', e)
def kwonly_closure():
    k = 10
    def inner(a, *, b=k):
        return a + b
    return inner
print(kwonly_closure()(1), kwonly_closure()(1, b=2))
class O:
    attr = 1
o = O()
o.x = 1
del o.x
print(hasattr(o, 'x'))
