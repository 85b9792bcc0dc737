# Float arithmetic and comparisons with floats and small ints on either side, in-place
# forms, division by zero, NaN, and float subclasses whose operators are overridden
# (the interpreter has a fast path for plain floats).
x = 1.5
y = 2
print(x + y, y + x, x - y, y - x, x * y, y * x, x / y, y / (x + 2.5))
print(x < y, x > y, x <= 1.5, x >= 1.5, x == 1.5, x != 1.5, 2.0 == y, y == 2.0, 3 < x)
x += 1
x *= 2
x -= 0.5
x /= 2
print(x)
for a, b in ((1.0, 0), (1, 0.0), (0.0, 0.0)):
    try:
        a / b
    except ZeroDivisionError:
        print("ZeroDivisionError")
n = float("nan")
print(n == n, n != n, n < 1.0, n > 1.0)
print(7.0 // 2, 7.0 % 2, 2.0 ** 3)


class F(float):
    def __add__(self, o):
        return "F.add"

    def __lt__(self, o):
        return "F.lt"


f = F(1.0)
print(f + 1.0, f < 2.0, 1.0 + f, f * 2)
try:
    1.0 + "a"
except TypeError:
    print("TypeError")
print(True + 0.5, 0.5 * False)
