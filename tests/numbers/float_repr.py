# repr/str of doubles: the shortest text that reads back, fixed from 1e-4 up to 1e16.
if float('1e39') == float('inf'):
    print('SKIP')
    raise SystemExit
print(0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 1e-5, 0.0001, 123456789.123, 1e22, 1e23)
print(5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 4.9e-324, 1e-320, 2**-1074)
print(repr(1.1), str(2.675), 100.0, 1e100, 1.5e-7, -1.25e+30, 9007199254740993.0, 0.30000000000000004)
print(float('0.1000000000000000055511151231257827021181583404541015625'), float('1' * 400 + 'e-400'))
print(float('2.4703282292062327e-324'), float('2.4703282292062328e-324'), float('1e-400'), float('-1e400'))
print(3.141592653589793, 2.718281828459045, 1 / 7, 22 / 7, 1e-7 * 3, 12345.678e-3)
x = 1.0
for i in range(30):
    x = x * 1.1
print(x, x / 3, x * 1e300, -x * 1e-310)
vals = [0.5 ** i for i in range(0, 60, 7)] + [10.0 ** i for i in range(-8, 25, 4)]
print(vals)
print([float(repr(v)) == v for v in (0.1, 1 / 3, 2**0.5, 1e-300 / 3, 1.7976931348623157e308)])
print(float(10**30), float(-10**25), float(2**64 - 1), float(123456789012345678901234567890))
print(2**63 / 3, 10**20 / 7, 1 / 3 + 1e-17)
