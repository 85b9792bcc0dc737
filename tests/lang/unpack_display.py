# Star and double-star unpacking in list, tuple and dict displays and in calls.
print([*range(3), *'ab', 9], (*[1], 2), (*'hi',), [*()])
print({**{'a': 1}, 'b': 2, **{'a': 3}})
d = {'x': 1}
print({**d}, {'y': 0, **d})
def f(*a, **k):
    return a, sorted(k.items()) if False else k
print(f(*[1, 2], *(3,), **{'p': 1}, **{'q': 2}))
try:
    f(**{'p': 1}, **{'p': 2})
except TypeError:
    print('TypeError: repeated keyword')
