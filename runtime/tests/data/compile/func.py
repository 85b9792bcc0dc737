def add(a, b=1):
    """Docstring."""
    c = a + b
    return c
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
def uses_global():
    global g
    g = len(g)
def varargs(*args, **kw):
    return args
square = lambda x: x * x
def outer(a):
    def middle():
        def inner():
            return a
        return inner
    return middle
