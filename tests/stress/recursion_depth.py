# unbounded recursion raises RuntimeError (MicroPython has no RecursionError)
def f(n):
    return f(n + 1)
try:
    f(0)
except RuntimeError as e:
    print(e)
print('after')
# mutual recursion too
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RuntimeError as e:
    print(e)
# bounded recursion still works afterwards
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(50))
