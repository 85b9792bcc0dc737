# return values: tuples, None, expressions, early exits from loops
def divmod_(a, b):
    return a // b, a % b
print(divmod_(17, 5), divmod_(-17, 5))
q, r = divmod_(100, 7)
print(q, r)
def maybe(x):
    if x > 0:
        return x
print(maybe(3), maybe(-3))
def nested_loop_return():
    for i in range(5):
        for j in range(5):
            if i * j == 6:
                return (i, j)
    return None
print(nested_loop_return())
def while_return():
    n = 0
    while True:
        n += 1
        if n == 4:
            return n
print(while_return())
def returns_function():
    return divmod_
print(returns_function()(9, 4))
def multiple_exits(x):
    if x == 1:
        return 'one'
    elif x == 2:
        return 'two'
    return 'many'
print(multiple_exits(1), multiple_exits(2), multiple_exits(3))
def ret_expr(a, b):
    return a if a > b else b
print(ret_expr(3, 9), ret_expr('b', 'a'))
