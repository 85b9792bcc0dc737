# list operators: + * += *= comparisons, in, truth, and identity of in-place ops
a = [1, 2]
b = a
a += [3]
a += (4,)
a += range(5, 6)
print(a, b is a)
a *= 2
print(a, b is a)
a *= 0
print(a, b is a)
c = [1, 2] * 3
print(c, 2 * [0], [0] * -1, [] * 5, [[]] * 2)
print([1, 2] + [3], [] + [], ([1] + [2]) is not None)
x = [1, 2]
y = x + []
print(y == x, y is x)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1] <= [1], [] >= [], [1, 2] == [1, 2], [1] != [1])
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2], [1] in [[1]])
print(bool([]), bool([0]), len([1, 2, 3]))
n = [[0] * 2] * 2
n[0][0] = 5
print(n)
try:
    [1] + 1
except TypeError:
    print('TypeError add')
try:
    a = [1]
    a += 1
except TypeError:
    print('TypeError iadd')
print(list(), list((1, 2)), list('ab'), list(range(3)), list({'k': 1}), list(x for x in [3, 4]))
