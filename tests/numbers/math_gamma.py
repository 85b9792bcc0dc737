# math.gamma and math.lgamma across their range, to six significant digits (what single
# precision also holds), and their domain errors.
import math

for x in (0.001, 0.1, 0.5, 1, 1.5, 2, 2.5, 3, 4.5, 5, 7.25, 10, 15.5, 20, 25, 30, 33.5):
    print(x, "%.6g" % math.gamma(x), "%.6g" % math.lgamma(x))
for x in (-0.5, -1.5, -2.5, -3.75, -10.5):
    print(x, "%.6g" % math.gamma(x), "%.6g" % math.lgamma(x))
print(math.gamma(1), math.gamma(2), math.gamma(6), math.gamma(float("inf")))
for x in (0, -1, -2, -20, float("-inf"), 200):
    try:
        print(x, math.gamma(x))
    except (ValueError, OverflowError) as e:
        print(x, "error")
print(math.isnan(math.gamma(float("nan"))))
