# SyntaxError for a positional argument after a keyword argument.
def f(*a, **k):
    pass
f(a=1,
  2)
