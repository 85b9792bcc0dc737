# Every iterator and generator has __next__ (the builtin next, bound).
def gen():
    yield 1
    return 5
for it in (iter([1, 2]), iter('ab'), iter(range(3)), gen(), map(abs, [-1]), zip([1], [2]), enumerate('a'), filter(None, [0, 3]), reversed([4, 5]), iter({1: 2}), iter((7,))):
    print(it.__next__())
g = gen()
g.__next__()
try:
    g.__next__()
except StopIteration as e:
    print('StopIteration', e.args)
try:
    iter([]).__next__()
except StopIteration:
    print('StopIteration')
print(hasattr([], '__next__'), hasattr(iter([]), '__next__'))
print('__next__' in dir(iter([])), 'send' in dir((x for x in [])), '__next__' in dir((x for x in [])), '__next__' in dir([]))
# An instance of a class is not an iterator unless its class says so.
class C:
    pass
class It:
    def __iter__(self):
        return self
    def __next__(self):
        return 7
print('__next__' in dir(C()), It().__next__(), next(It()))
try:
    C().__next__
except AttributeError:
    print('AttributeError')
