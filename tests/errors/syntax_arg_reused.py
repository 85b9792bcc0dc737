# SyntaxError for a repeated argument name.

def f(a, b, a):
    pass
