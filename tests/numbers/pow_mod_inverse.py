# pow(a, -n, m): the modular inverse of a to the power n (CPython's; MicroPython returns 0).
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7), pow(3, -1, -7), pow(10, -1, 17), pow(38, -1, 97))
print(pow(3, -1, 1), pow(3, -1, -1), pow(7, -3, 2**31 - 1), pow(2**40 + 1, -1, 2**61 - 1))
m = 2**127 - 1
a = 3**50
inv = pow(a, -1, m)
print(inv, a * inv % m, pow(a, -5, m) == pow(inv, 5, m), pow(-a, -1, m) == m - inv)
print(pow(2**100 + 1, -1, 2**89 - 1), pow(5, -2, -2**70 - 3), pow(2**70 + 3, -1, 10))
# Not invertible: a and m share a factor.
for a, e, m in ((2, -1, 4), (0, -1, 5), (6, -2, 9), (2**65, -1, 2**64), (10, -1, 10**30)):
    try:
        print(pow(a, e, m))
    except ValueError as e:
        print('ValueError', e)
# A zero modulus, non-int arguments (messages differ from CPython's).
for f in (lambda: pow(3, -1, 0), lambda: pow(3, 2, 0), lambda: pow(2**70, -1, 0)):
    try:
        print(f())
    except ValueError:
        print('ValueError')
for f in (lambda: pow(3.0, -1, 7), lambda: pow(3, -1, 7.0), lambda: pow(3, -1.0, 7), lambda: pow('3', -1, 7)):
    try:
        print(f())
    except TypeError:
        print('TypeError')
