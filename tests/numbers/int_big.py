# Arbitrary-precision ints: promotion past the small-int range and back, every operator.
a = 2**100
b = -(3**70)
print(a, b)
print(a + b, a - b, a * b, b * b)
print(a // 7, a % 7, b // 7, b % 7, a // -7, a % -7, b // -7, b % -7)
print(a // b, a % b, b // a, b % a)
print(divmod(a, 12345), divmod(b, 12345), divmod(-a, -(2**40)))
print(a ** 3, (-a) ** 3, b ** 2)
print(2**1000 % 97, pow(2, 1000, 97), pow(3, 10**20, 10**9 + 7), pow(-3, 5, 7), pow(3, 5, -7))
print(a << 70, a >> 70, a >> 200, b >> 3, b >> 200, -1 >> 100, 1 << 100)
print(a & b, a | b, a ^ b, ~a, ~b, -a & 0xFFFF, b & -(2**40), b | 1, b ^ -1)
print(-a, +a, abs(b), abs(-a))
print(a > b, a < b, a == 2**100, a != 2**100, b <= b, a >= 2**100 + 1)
print(a - a, (a + 1) - a, b - b + 5, a // a)
print(type(a - a + 1).__name__, (a - a + 1) == 1)
x = 1
for i in range(1, 40):
    x *= i
print(x)
for i in range(39, 0, -1):
    x //= i
print(x)
# Around 2**31, 2**62 and 2**63 (small-int edges on 32- and 64-bit boards).
for e in (30, 31, 32, 61, 62, 63, 64):
    v = 2**e
    print(e, v - 1, v, v + 1, -v, -v - 1, (v - 1) * 3, (v + 1) // 3)
m = 2**62 - 1
print(m + 1, m + m, m * 2, -m - 2, m * m, (-m - 1) * -1, (m + 1) - 1)
print(2**64 + 2**64 - 2**65, max(2**70, 3**40), min(-2**70, 5))
print(10**50 == 10**50, hash(10**50) == hash(10**50), {2**80: 'a'}[2**80])
print(int(True) + 2**70, True + 2**70)
