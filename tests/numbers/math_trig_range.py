# sin, cos and tan far from 0, where the argument is reduced by multiples of π/2 (the
# arguments are exact at single precision: whole numbers below 2**24 and powers of two
# times them), printed to the digits single precision holds; asin and acos across [-1, 1];
# abs() of complex numbers near the ends of the float range; lgamma near its zeros.
import math

args = (0.5, 0.75, 0.785, 0.8, 1.25, 2.0, 3.0, 4.0, 6.0, 10.0, 22.0, 100.0, 355.0, 1000.0,
        65536.0, 2.0**20, 3 * 2.0**30, 12345678.0, 2.0**60, 5 * 2.0**90, 2.0**120,
        1.5 * 2.0**126, 1.25 * 2.0**127)
for i, x in enumerate(args):
    s, c, t = math.sin(x), math.cos(x), math.tan(x)
    print(i, "%.5f %.5f %.5f %.5f %.4g" % (s, c, math.sin(-x), math.cos(-x), t))
    # sin² + cos² = 1 and tan = sin / cos, to single precision.
    print(abs(s * s + c * c - 1) < 1e-6, abs(t - s / c) <= 1e-5 * abs(t))
print(math.sin(0.0), math.sin(-0.0), math.cos(0.0), math.tan(-0.0))
for x in (float("inf"), float("-inf"), float("nan")):
    for f in (math.sin, math.cos, math.tan):
        try:
            print(f(x))
        except ValueError:
            print("ValueError")
for x in (-1.0, -0.75, -0.5, -0.125, 0.0, 0.001, 0.25, 0.5, 0.875, 1.0):
    print("%.5f %.5f" % (math.asin(x), math.acos(x)))
for x in (1.0000001, 2.0, -1.5):
    try:
        print(math.asin(x))
    except ValueError:
        print("ValueError")
for z in (3 + 4j, 1e30 + 1e30j, 2e38 + 1e38j, 1e-30 + 1e-30j, 1e-37j, 5e-38 + 0j, -8 - 6j):
    print("%.5g" % abs(z))
for x in (1.0, 2.0, 0.999, 1.001, 1.999, 2.001, 1.5, 2.5):
    print("%.4g" % math.lgamma(x))
