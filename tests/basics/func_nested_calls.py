# nested calls, evaluation order of arguments, locals in each frame
def trace(tag, v):
    print('eval', tag)
    return v
def add3(a, b, c):
    return a + b + c
print(add3(trace('a', 1), trace('b', 2), trace('c', 3)))
def f(x):
    return g(x + 1) * 2
def g(y):
    return h(y * 3) - 1
def h(z):
    return z + 100
print(f(1))
print(add3(f(0), g(0), h(0)))
print(len(str(add3(1, 2, 3))), abs(min(-5, 3)) + max(1, 2))
def outer(n):
    def inner(m):
        return m * 10
    return inner(n) + 1
print(outer(4))
def frame_locals(n):
    a = n * 2
    b = frame_locals(n - 1) if n > 0 else 0
    return a + b
print(frame_locals(4))
print(int(str(int(str(12)) + 1)) * 2)
