# lexicographic tuple comparison
print((1, 2) == (1, 2), (1, 2) != (1, 2), (1, 2) == (2, 1))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (1, 2, 0) < (1, 2))
print(() < (1,), () == (), (0,) > ())
print((2,) > (1, 9, 9), (1, 'b') > (1, 'a'))
print((1, (2, 3)) < (1, (2, 4)), (1, (2, 3)) == (1, (2, 3)))
print((1, 2) <= (1, 2), (1, 2) >= (1, 3))
print(max((1, 2), (1, 3)), min((3,), (2, 9)))
print((1, 2) == 'ab', (1, 2) != 'ab')
print((1,) == 1, (True,) == (1,))
try:
    print((1, 'a') < (1, 2))
except TypeError:
    print('TypeError mixed tuple compare')
