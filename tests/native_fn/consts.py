# Module constants of every kind, in ROM: ints of every width (long ints past the small
# ints), floats, bool, str, bytes, nested tuples.
try:
    import convtest
except ImportError:
    print("SKIP")
    raise SystemExit


print(convtest.I8_MIN, convtest.U16_MAX, convtest.I32_MIN, convtest.USIZE_ONE)
print(convtest.BIG, convtest.I64_MIN, convtest.U64_MAX)
print(convtest.BIG == 2**40, convtest.U64_MAX == 2**64 - 1, convtest.I64_MIN + 2**63)
print(convtest.HALF, convtest.FLAG, convtest.NAME, convtest.DATA)
print(round(convtest.PI, 5))
print(convtest.PAIR, convtest.NESTED)
print([type(v).__name__ for v in (convtest.BIG, convtest.HALF, convtest.FLAG, convtest.NAME, convtest.DATA, convtest.PAIR)])
# ROM objects behave as any other.
print(convtest.DATA + b"!", convtest.NAME.upper(), convtest.PAIR[1], len(convtest.NESTED), hash(convtest.PAIR) == hash((1, "one")))
print(convtest.NESTED[1][1].decode(), convtest.NESTED[3][0] == -(2**40))
# Constants are attributes of the module; a ROM module is read-only.
try:
    convtest.NAME = "x"
except AttributeError:
    print("AttributeError")
print(convtest.NAME)
