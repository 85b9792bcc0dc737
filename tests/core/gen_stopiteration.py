# PEP 479: a StopIteration escaping a generator's code is RuntimeError, not its end.
def raises():
    raise StopIteration
    yield 1


def inner_next():
    it = iter([])
    yield next(it)


def thrown():
    yield 1


for make in [raises, inner_next]:
    try:
        print(list(make()))
    except RuntimeError as e:
        print("RuntimeError", e)
g = thrown()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print("RuntimeError", e)


def returns():
    yield 1
    return 5


g = returns()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
