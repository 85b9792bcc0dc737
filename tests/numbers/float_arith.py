# Float arithmetic on values exact at single and double precision, so that both print alike.
a = 1.5
b = -0.25
print(a, b, a + b, a - b, a * b, a / b, b / a * 3)
print(a // 0.5, 7.5 // 2, 7.5 // -2, -7.5 // 2, -7.5 // -2)
print(7.5 % 2, 7.5 % -2, -7.5 % 2, -7.5 % -2, 6.0 % 2, -6.0 % 2, 6.0 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5), divmod(-1, 0.25))
print(2 ** 0.5 == 2 ** 0.5, 4 ** 0.5, 2.0 ** 10, 2 ** -1, 2.0 ** -2, (-2.0) ** 3, 0.0 ** 0, 10 ** -1 == 0.1)
print(1 + 0.5, 3 - 0.5, 3 * 0.5, 3 / 2, 7 / 7, -1 / 4, 10 / 4, 2**70 / 2**68)
print(-0.0, 0.0 == -0.0, -(0.0), 0.0 * -1, abs(-0.0), abs(-2.5), -abs(2.5))
inf = float('inf')
nan = float('nan')
print(inf, -inf, inf + 1, inf * -2, inf - inf, inf * 0, 1 / inf, -1 / inf)
print(nan, nan == nan, nan != nan, nan < 1, nan > 1, nan == 1, inf == inf, inf > 10**100, -inf < -10**100)
print(float(1), float(-7), float(2**20), float(True), float('  2.5 '), float('-1e3'), float('1_000.5'))
print(float('inf'), float('-Infinity'), float('nan'), float('+INF'), float('.5'), float('5.'), float('1E2'))
for s in ('abc', '', '1.2.3', '1e', '_1', '1__0', 'in f', '0x10'):
    try:
        float(s)
        print('no error', s)
    except ValueError:
        print('ValueError', repr(s))
print(int(2.5), int(-2.5), int(1e10), int(-0.5), int(float(2**62)))
for x in (inf, -inf, nan):
    try:
        int(x)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__)
for f in (lambda: 1 / 0.0, lambda: 1.0 / 0, lambda: 1.0 // 0, lambda: 1.0 % 0, lambda: divmod(1.0, 0),
          lambda: 0.0 ** -1, lambda: 1 / 0, lambda: 2**70 / 0):
    try:
        f()
    except ZeroDivisionError:
        print('ZeroDivisionError')
print(bool(0.0), bool(-0.0), bool(0.5), bool(nan), not 0.0)
print(type(1.0).__name__, isinstance(1.0, float), isinstance(1, float), float is type(2.5))
x = 0.0
for i in range(8):
    x += 0.125
print(x, x == 1, 1 == x, x in [1], 1 in [x])
print(hash(1.0) == hash(1), hash(-2.0) == hash(-2), hash(2.0**70) == hash(2**70), hash(0.0) == hash(-0.0))
d = {1: 'int', 2.5: 'float'}
print(d[1.0], d[2.5], 1.0 in d, 3.0 in d)
