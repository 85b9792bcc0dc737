# integer + - * with small and large (below 2**30) values
a = 17
b = 5
print(a + b, a - b, a * b)
print(b - a, -a - b, -a * b)
print(0 + 0, 0 * 12345, 1 * -1)
print(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 2 * 3 * 4)
print(100 - -100, 3 - +2)
big = 0x3fff0000
print(big + 0xffff, big - 0x3fff0000, -big - 0xffff)
print(32768 * 32767, -32768 * 32767)
x = 1
i = 0
while i < 29:
    x = x * 2
    i = i + 1
print(x, x - 1 + x)
print(True + True, True * 7, False - 1)
