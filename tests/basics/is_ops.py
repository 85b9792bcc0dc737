# identity: is / is not
a = None
b = None
print(a is None, a is not None, a is b)
t = True
print(t is True, t is False, t is not False)
x = (1, 2)
y = x
print(x is y, x is not y)
def f():
    pass
g = f
print(f is g, f is not g, f() is None)
print(None is False, False is not None)
n = 0
print(n is None, n is not None)
print(not None is None)
