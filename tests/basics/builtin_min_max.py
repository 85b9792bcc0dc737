# min() and max() with two or more positional arguments
print(min(1, 2), max(1, 2), min(2, 1), max(2, 1))
print(min(3, 1, 2), max(3, 1, 2), min(-5, 5, 0), max(-5, 5, 0))
print(min('b', 'a', 'c'), max('b', 'a', 'c'))
print(min((1, 2), (1, 1)), max((0,), (0, 0)))
print(min(True, 2), max(False, -1))
print(min(1, 1), max(7, 7, 7))
a = 10
b = 20
print(min(a, b) + max(a, b), min(max(1, 5), 3))
print(max(1, True), min(0, False))
try:
    print(min(1, 'a'))
except TypeError:
    print('TypeError min mixed')
try:
    print(max('a', ()))
except TypeError:
    print('TypeError max mixed')
