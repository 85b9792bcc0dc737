# bitwise and, or, xor on positive and negative ints
a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b)
print(0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0xff)
print(-1 & 0xff, -1 | 5, -1 ^ 5)
print(-8 & 7, -8 | 7, -8 ^ 7)
print(-12 & -10, -12 | -10, -12 ^ -10)
print(0x3fffffff & ~0x3fffffff, 0x3fffffff | 0)
print(1 | 2 ^ 3 & 4)
print((1 | 2) ^ (3 & 4))
x = 0xf0
x &= 0x3c
print(x)
x |= 0x01
print(x)
x ^= 0xff
print(x)
print(True & False, True | False, True ^ True)
