# Small-int arithmetic the interpreter computes inline: * & | ^ // % >> with every sign
# combination, in-place forms, zero divisors and negative shift counts (errors), and
# results that leave the small-int range on 31-bit boards.
vals = (-7, -3, -1, 0, 1, 2, 5, 13)
for a in vals:
    row = []
    for b in vals:
        r = [a * b, a & b, a | b, a ^ b]
        if b:
            r += [a // b, a % b]
        if b >= 0:
            r.append(a >> b)
        row.append(tuple(r))
    print(a, row)
x = 100
x *= 3
x //= 7
x %= 5
x &= 6
x |= 9
x ^= 3
x >>= 1
print(x)
for op in (lambda a, b: a // b, lambda a, b: a % b):
    try:
        op(5, 0)
    except ZeroDivisionError:
        print("ZeroDivisionError")
try:
    5 >> -1
except ValueError:
    print("ValueError")
print(-2**29 // -1 > 0, 30000 * 30000 // 30000, (2**29 - 1) >> 40, -5 >> 100)
print(True * 3, 6 & True, 7 // True, 7 % 2.5)
