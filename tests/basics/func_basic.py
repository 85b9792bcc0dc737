# defining and calling functions with positional parameters
def add(a, b):
    return a + b
print(add(1, 2), add('x', 'y'), add((1,), (2,)))
def no_args():
    return 'no args'
print(no_args())
def three(a, b, c):
    return a * 100 + b * 10 + c
print(three(1, 2, 3), three(3, 2, 1))
def bare_return(x):
    if x:
        return
    return 'falsy'
print(bare_return(1), bare_return(0))
def no_return():
    x = 1
print(no_return())
def uses_local(n):
    result = 0
    i = 0
    while i < n:
        result += i
        i += 1
    return result
print(uses_local(10))
def param_shadows_global(add):
    return add * 2
print(param_shadows_global(21), add(2, 3))
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
print(early(50), early(0))
def redefined():
    return 1
def redefined():
    return 2
print(redefined())
print(type(add), callable(add))
