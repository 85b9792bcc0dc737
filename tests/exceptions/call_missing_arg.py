# A call that leaves positional parameters unbound names the highest-numbered one
# (MicroPython's wording, .exp); without keywords it is the count message.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
def a2(a, b): pass
def a3(a, b, c): pass
def a3d(a, b, c=1): pass
def a3k(a, b, c, **k): pass
def a3dk(a, b, c=1, **k): pass
def a3s(a, b, c, *s): pass
def a3kw(a, b, c, *, z): pass
def a2kw(a, b, *, z=1): pass
t(lambda: a2())
t(lambda: a2(1))
t(lambda: a2(b=1))
t(lambda: a3())
t(lambda: a3(1))
t(lambda: a3(1, 2))
t(lambda: a3(c=1))
t(lambda: a3d())
t(lambda: a3d(1))
t(lambda: a3k())
t(lambda: a3k(1))
t(lambda: a3k(1, 2))
t(lambda: a3k(c=2))
t(lambda: a3dk())
t(lambda: a3dk(1))
t(lambda: a3s())
t(lambda: a3s(1, 2))
t(lambda: a3kw(z=1))
t(lambda: a3kw(1, 2, z=1))
t(lambda: a2kw())
t(lambda: a2kw(1))
t(lambda: a2kw(b=1))
t(lambda: a2kw(a=1, z=1))
