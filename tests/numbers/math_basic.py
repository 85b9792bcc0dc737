# math: constants, functions (rounded to 5 places: the same at single and double
# precision), exact ones, and the domain errors.
import math
def r(x):
    return round(x, 5)
print(r(math.pi), r(math.e), r(math.tau), math.inf, -math.inf, math.isnan(math.nan))
print(r(math.sqrt(2)), math.sqrt(16), r(math.exp(1)), r(math.log(10)), math.log(8, 2), r(math.log10(50)), math.log2(1024))
print(r(math.sin(1)), r(math.cos(1)), r(math.tan(1)), r(math.asin(0.5)), r(math.acos(0.5)), r(math.atan(2)), r(math.atan2(1, -1)))
print(r(math.sinh(1)), r(math.cosh(1)), r(math.tanh(1)), r(math.asinh(1)), r(math.acosh(2)), r(math.atanh(0.5)))
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.floor(7), type(math.floor(2.5)).__name__)
print(math.fabs(-3), math.copysign(2, -0.0), math.copysign(-2, 1), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3))
print(math.frexp(8.0), math.frexp(-0.375), math.frexp(0.0), math.ldexp(0.75, 4), math.ldexp(1, -2), math.modf(2.5), math.modf(-2.5))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isinf(1e30), math.isnan(0.0))
print(math.factorial(0), math.factorial(5), math.factorial(25), math.degrees(math.pi), math.radians(180) == math.pi)
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(r(math.erf(0.5)), r(math.erfc(0.5)), math.gamma(5), r(math.lgamma(10)), r(math.expm1(1e-3) * 1000), math.pow(2, 10))
print(math.gcd(12, 18), math.gcd(-12, 18, 27), math.gcd(0, 0), math.gcd(2**80, 6**20))
for f in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.acos(2),
          lambda: math.fmod(1, 0), lambda: math.factorial(-1), lambda: math.pow(-2, 0.5), lambda: math.asin(-1.5)):
    try:
        print(f())
    except ValueError:
        print('ValueError')
try:
    math.sqrt('x')
except TypeError:
    print('TypeError')
