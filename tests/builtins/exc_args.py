# exception arguments: args, str, value, errno, subclasses with their own __init__
print(ValueError().args, ValueError('a').args, ValueError('a', 1).args, Exception(None).args)
print(str(ValueError()), str(ValueError('a')), str(ValueError('a', 1)), str(ValueError(5)), str(ValueError(None)))
print(StopIteration(7).value, StopIteration().value, StopIteration(1, 2).value, OSError(5, 'm').errno, OSError(5, 'm').args)
class E(Exception):
    def __init__(self, x):
        super().__init__(x, 'extra')
        self.x = x
try:
    raise E(5)
except E as ex:
    print(ex.args, ex.x, str(ex), isinstance(ex, Exception))
class F(ValueError):
    pass
print(F('q').args, str(F()), isinstance(F(), ValueError), isinstance(F(), LookupError))
try:
    raise KeyError
except LookupError as e:
    print(e.args, type(e).__name__)
print(ArithmeticError() == ArithmeticError(), type(ValueError('a')).__name__, ValueError('a').__class__ is ValueError)
def gen():
    yield 1
    return 'ret'
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)
