# divmod, // and % of long ints of many sizes and signs (each digit step divides a
# 64-bit value by a 32-bit one on 32-bit boards), checked by the identity and printed
# as a checksum; float % float (fmod) across magnitudes.
seed = 12345


def rnd(bits):
    global seed
    v = 0
    while bits > 0:
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        v = (v << 16) | (seed >> 8) & 0xFFFF
        bits -= 16
    return v


check = 0
bad = 0
for i in range(300):
    a = rnd(16 + (i * 7) % 200) - rnd(8)
    b = rnd(8 + (i * 13) % 130) + 1
    if i % 3 == 1:
        b = -b
    if i % 5 == 2:
        a = -a
    q, r = divmod(a, b)
    if q * b + r != a or (r != 0 and (r < 0) != (b < 0)) or abs(r) >= abs(b):
        bad += 1
    if a // b != q or a % b != r:
        bad += 1
    check = (check * 31 + q + 7 * r) % 1000000007
print(bad, check)
print(divmod(2**64 - 1, 2**32 - 1), divmod(2**64, 2**32 + 1), divmod(-(2**95), 3**40))
print((2**63 - 1) // 3, (2**63) % 1000000007, (10**30) // (10**15 + 7), (10**30) % (2**33 + 1))
print(10.5 % 3.0, -10.5 % 3.0, 1e10 % 7.0, 12345.75 % 0.5, (2.0**60) % 3.0, 5.0 % -3.0)
