# functions are values: assign, pass, store in tuples, return
def double(x):
    return x * 2
def square(x):
    return x * x
def apply(f, x):
    return f(x)
def compose(f, g, x):
    return f(g(x))
print(apply(double, 5), apply(square, 5))
print(compose(double, square, 3), compose(square, double, 3))
d = double
print(d(21), d is double)
ops = (double, square, abs)
for op in ops:
    print(op(-4))
print(ops[1](7))
def pick(name):
    if name == 'd':
        return double
    return square
print(pick('d')(10), pick('s')(10))
def apply_n(f, n, x):
    for i in range(n):
        x = f(x)
    return x
print(apply_n(double, 10, 1))
print(apply(len, 'four'), apply(str, 12) + '!')
print(callable(double), callable(5), callable(print), callable('s'))
