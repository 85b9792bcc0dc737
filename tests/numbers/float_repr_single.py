# repr/str at single precision: MicroPython's text (py/formatfloat.c with `float`): at most
# 7 correct digits from 6 up, so not always the shortest that reads back (1/3 is 0.3333334,
# and float(repr(v)) == v can fail); subnormals print wrongly, as there.
if float('1e39') != float('inf'):
    print('SKIP')
    raise SystemExit
print(0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 1e-5, 0.0001, 123456.7)
print(1e38, 3.4028235e38, 1e-38, 1.4e-45, 1e-45, 3.4e39, 16777217.0, 2**24 + 1.0)
print(3.141592653589793, 2.718281828459045, 1 / 7, 22 / 7, 2 ** 0.5)
x = 1.0
for i in range(30):
    x = x * 1.1
print(x, x / 3)
print([float(repr(v)) == v for v in (0.1, 1 / 3, 2**0.5, 1e-30 / 3)])
print(float(10**30), float(2**64 - 1), 1e20 / 7)
