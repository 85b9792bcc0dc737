# comparison operators on ints and bools
for a in (-2, 0, 3):
    for b in (-2, 0, 3):
        print(a, b, a < b, a <= b, a > b, a >= b, a == b, a != b)
print(1 == True, 0 == False, 2 == True)
print(True > False, True < 2)
print(0x10 == 16, 0o10 == 8, 0b10 == 2)
x = 1073741823
print(x > -x, x == 0x3fffffff)
# comparisons with other types: == is False, ordering is a TypeError
print(1 == '1', 1 != '1', 1 == (1,), None == 0)
try:
    print(1 < 'a')
except TypeError:
    print('TypeError int < str')
try:
    print((1,) > 1)
except TypeError:
    print('TypeError tuple > int')
