# chained comparisons evaluate each operand once and short-circuit
def v(x):
    print('eval', x)
    return x

print(1 < 2 < 3)
print(1 < 3 < 2)
print(3 > 2 > 1 > 0)
print(1 == 1 == 1, 1 == 1 != 2, 1 < 2 == 2)
print(0 <= 5 < 10, 0 <= 10 < 10)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) < v(5) > v(2))
x = 5
print(1 < x < 10, 1 < x < 4, 10 > x >= 5)
print('a' < 'b' < 'c', 'a' < 'c' < 'b')
