# Integer results: small ints, and long ints past them (the extremes of every width).
try:
    import convtest
except ImportError:
    print("SKIP")
    raise SystemExit


lo64, hi64, (lo32, hi32) = convtest.extremes()
print(lo64 == -(2**63), hi64 == 2**64 - 1, lo32 == -(2**31), hi32 == 2**32 - 1)
print(lo64, hi64, lo32, hi32)
print(type(hi64).__name__, hi64 + 1, -lo64)
# Round trips through each width keep the value, small or long.
for v in [0, 1, -1, 2**30, 2**31 - 1, -(2**31), 2**40, -(2**62), 2**63 - 1]:
    print(v, convtest.i64(v) == v, convtest.i64(v) + 0 == v)
for v in [2**32, 2**63, 2**64 - 1]:
    print(v, convtest.u64(v) == v)
print(convtest.nothing())
