# Ints printed in every base at the word boundaries (32 and 64 bits), where a 32-bit
# board switches from one-word divisions to 16-bit steps.
vals = [0, 1, 9, 10, 2**16, 2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**32 + 1, 10**10, 2**40 + 12345,
        10**18, 2**62, 2**63 - 1, 2**63, 2**64 - 1, 2**64]
for v in vals:
    for x in (v, -v):
        print(x, hex(x), oct(x), bin(x), "%d %x %o" % (x, x, x), "{:b} {:X}".format(x, x), str(x) == repr(x))
r = range(2**31 - 4, 2**31 - 1)
print(r, range(-2**31, -2**31 + 5, 2), len(r), r[-1], list(r), 2**31 - 2 in r)
