N = 5000  # sizes: small=100 normal=5000
# Digits of pi with big integers (written for this suite): Machin's formula
# pi = 16*atan(1/5) - 4*atan(1/239), each arctangent summed as a series of fixed-point
# big-int divisions at 10**(N+10), then the digits cut out by divmod in chunks (CPython
# refuses str() of an int over 4300 digits). Checksum: first and last digits, digit sum.


def arctan_inv(x, one):
    # atan(1/x) * one, by the alternating series sum (-1)^k / ((2k+1) x^(2k+1))
    power = one // x
    total = power
    x2 = x * x
    k = 1
    sign = -1
    while power:
        power //= x2
        term = power // (2 * k + 1)
        total += sign * term
        sign = -sign
        k += 1
    return total


def to_digits(x):
    chunk = 10**50
    parts = []
    while x >= chunk:
        x, r = divmod(x, chunk)
        parts.append("%050d" % r)
    parts.append(str(x))
    parts.reverse()
    return "".join(parts)


def pi_digits(n):
    one = 10 ** (n + 10)
    pi = 16 * arctan_inv(5, one) - 4 * arctan_inv(239, one)
    return to_digits(pi // 10**10)


d = pi_digits(N)
print(d[:12], d[-12:], len(d), sum(ord(c) - 48 for c in d))
