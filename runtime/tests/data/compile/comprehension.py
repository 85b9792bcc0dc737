def f(xs, k):
    a = [x * k for x in xs if x]
    b = {x: y for x, y in xs}
    c = (x for x in xs for y in x)
    return a, b, c
