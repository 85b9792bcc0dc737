# augmented assignment operators
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 4
print(x)
x **= 5
print(x)
x <<= 3
print(x)
x >>= 1
print(x)
x &= 0x3c
print(x)
x |= 0x101
print(x)
x ^= 0xffff
print(x)
s = 'ab'
s += 'cd'
print(s)
s *= 2
print(s)
t = (1,)
t += (2, 3)
print(t)
t *= 2
print(t)
u = t
u += (4,)
print(t, u)
def bump():
    global counter
    counter += 1
counter = 0
bump()
bump()
print(counter)
