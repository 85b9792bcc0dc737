# floor division and modulo follow Python's floor semantics
for a in (7, -7, 0, 1, -1, 100):
    for b in (2, -2, 3, -3, 7):
        print(a, b, a // b, a % b)
print(1073741823 // 2, 1073741823 % 1000)
print(-1073741823 // 3, -1073741823 % 3)
# invariant: (a // b) * b + a % b == a
ok = True
for a in range(-20, 21):
    for b in (1, 2, 5, -1, -4):
        if (a // b) * b + a % b != a:
            ok = False
print(ok)
# division by zero
try:
    print(1 // 0)
except ZeroDivisionError:
    print('ZeroDivisionError //')
try:
    print(5 % 0)
except ZeroDivisionError:
    print('ZeroDivisionError %')
x = 3
try:
    x //= 0
except ZeroDivisionError:
    print('ZeroDivisionError //=', x)
