# Native functions of both kinds (positional ones like len, keyword-taking ones like print,
# min, dict.update): their type, name, calls, and binding as methods.
print(type(len), type(print), type(len) is type(print))
print(min(3, 1, 2), max([4, 9, 2], key=lambda x: -x), sum([1, 2], 10))
d = {}
up = d.update
up(a=1)
up([('b', 2)], c=3)
print(sorted(d.items()))
print('{}-{x}'.format(1, x=2), str.format('{0}{0}', 'ab'))
class A:
    def __new__(cls, *a):
        o = super().__new__(cls)
        o.args = a
        return o
print(A(1, 2).args)
print(callable(print), callable(dict.update))
try:
    len(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    d.update(1, 2)
except TypeError as e:
    print('TypeError')
print(print)
