# generator.pend_throw (MicroPython's): the next resume raises the pended value inside the
# generator; None pends nothing; the previous pended value is returned.
def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", repr(e))
        yield 3
    yield 4


g = gen()
print(next(g))
print(g.pend_throw(ValueError("x")))
print(g.pend_throw(ValueError("y")))
print(next(g))
print(g.pend_throw(None))
print(next(g))
# Not started: raised at the first resume.
g2 = gen()
print(g2.pend_throw(KeyError(1)))
try:
    next(g2)
except KeyError as e:
    print("KeyError", e)
# Not an exception: TypeError at the resume.
g3 = gen()
next(g3)
g3.pend_throw(123)
try:
    next(g3)
except TypeError as e:
    print("TypeError", e)


def selfref():
    g5.pend_throw(None)
    yield 1


g5 = selfref()
try:
    next(g5)
except ValueError as e:
    print("ValueError", e)
