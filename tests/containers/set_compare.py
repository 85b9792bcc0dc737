# set comparisons: subset and superset operators, equality with frozenset
a = {1, 2}
print(a == {2, 1}, a != {1}, a <= {1, 2}, a < {1, 2}, a < {1, 2, 3}, a >= {1}, a > {1, 2}, a > {1})
print(set() <= a, set() < a, a <= set(), {1} == [1], {1} != (1,))
print(a == frozenset([1, 2]), frozenset([1]) < a, frozenset([1, 2]) >= a)
try:
    a < [1, 2]
except TypeError:
    print('TypeError')
