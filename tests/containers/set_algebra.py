# set algebra: operators, methods (any iterables, several at once), in-place forms
a = {1, 2, 3}
b = {3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.union([9], (8,))), sorted(a.union()))
print(sorted(a.intersection(b)), sorted(a.intersection([1, 2], [2])), sorted(a.difference([1], [2])))
print(sorted(a.symmetric_difference([3, 5])), a.isdisjoint([7]), a.isdisjoint(b))
print(a.issubset([1, 2, 3, 4]), a.issubset(b), a.issuperset([1]), a.issuperset(b))
print(sorted(a))
c = set(a)
d = c
c |= {7}
c &= {1, 2, 7, 8}
c -= {2}
c ^= {1, 9}
print(sorted(c), d is c)
c.update([10], {11})
c.intersection_update({7, 9, 10, 11, 12})
c.difference_update([7])
c.symmetric_difference_update({9, 13})
print(sorted(c))
c -= c
print(c)
e = {1, 2}
e.symmetric_difference_update(e)
print(e)
try:
    a | [1]
except TypeError:
    print('TypeError or')
try:
    a |= [1]
except TypeError:
    print('TypeError ior')
print(sorted(a))
