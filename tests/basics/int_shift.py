# left and right shifts
print(1 << 0, 1 << 1, 1 << 10, 1 << 29)
print(3 << 28)
print(1024 >> 3, 1023 >> 3, 5 >> 10)
print(-1 >> 1, -1 >> 20, -16 >> 2, -17 >> 2)
print(-1 << 3, -5 << 4)
print(1 + 1 << 2, 1 << 2 + 1)
x = 1
x <<= 5
print(x)
x >>= 2
print(x)
try:
    print(1 << -1)
except ValueError:
    print('ValueError negative shift')
try:
    print(8 >> -1)
except ValueError:
    print('ValueError negative shift')
