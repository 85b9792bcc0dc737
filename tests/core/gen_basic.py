# Generators: yield, send, throw, close, StopIteration.value, yield from, genexps.
def count(n):
    for i in range(n):
        x = yield i
        if x is not None:
            print('got', x)
    return 'end'
g = count(3)
print(next(g), g.send('hi'), next(g))
try:
    next(g)
except StopIteration as e:
    print('stop', e.value)
try:
    next(g)
except StopIteration as e:
    print('stop again', e.value)
print(list(count(4)), sum(x for x in range(5)) if False else [x * x for x in count(3)])
def deleg():
    r = yield from count(2)
    print('delegate returned', r)
    yield 'last'
print(list(deleg()))
def catcher():
    while True:
        try:
            yield 1
        except ValueError as e:
            print('caught in gen', e)
            yield 'after'
c = catcher()
next(c)
print(c.throw(ValueError('x')))
c.close()
try:
    next(c)
except StopIteration:
    print('closed')
def fin():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')
f = fin()
next(f)
f.close()
def ignore():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ignore()
next(i)
try:
    i.close()
except RuntimeError as e:
    print('RuntimeError', e)
ge = (x + 1 for x in [1, 2, 3])
print(next(ge), list(ge))
def send_first():
    yield
try:
    send_first().send(1)
except TypeError as e:
    print('TypeError')
def running():
    yield next(r)
r = running()
try:
    next(r)
except ValueError as e:
    print('ValueError', e)
def thrower():
    yield from catcher()
t = thrower()
next(t)
print(t.throw(ValueError('through')))
print(type(count(1)).__name__)
