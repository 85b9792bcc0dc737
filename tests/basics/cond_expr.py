# conditional expressions
def sign(n):
    return -1 if n < 0 else (0 if n == 0 else 1)

for n in (-5, 0, 7):
    print(n, sign(n))
print('yes' if 1 else 'no', 'yes' if 0 else 'no')
print('yes' if () else 'no', 'yes' if (0,) else 'no')
x = 1 if True else 1 // 0
print(x)
y = 1 // 0 if False else 2
print(y)
print(1 + (10 if x else 20), (1 + 10) if x else 20)
print('a' if x == 1 else 'b' if x == 2 else 'c')
x = 2
print('a' if x == 1 else 'b' if x == 2 else 'c')
