# integer exponentiation
print(2 ** 0, 2 ** 1, 2 ** 10, 2 ** 29)
print(0 ** 0, 0 ** 5, 1 ** 100, (-1) ** 101, (-1) ** 100)
print((-2) ** 3, (-3) ** 4, -2 ** 2)
print(3 ** 18, 10 ** 9)
print(2 ** 3 ** 2)
print(2 * 3 ** 2, (2 * 3) ** 2)
x = 3
x **= 3
print(x)
