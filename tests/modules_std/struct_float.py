# struct e (half), f (single) and d (double) with values exact at every precision.
import struct

try:
    struct.calcsize("f")
except ValueError:
    print("SKIP")
    raise SystemExit

for code in "efd":
    for order in "<>":
        fmt = order + code
        b = struct.pack(fmt, 1.5)
        print(fmt, struct.calcsize(fmt), b, struct.unpack(fmt, b))

print(struct.pack("<e", -2.0), struct.pack("<e", 65504.0), struct.pack("<e", 0.0), struct.pack("<e", -0.0))
print(struct.pack("<e", 2**-24), struct.pack("<e", 0.5), struct.pack("<e", float("inf")))
print(struct.unpack("<eee", b"\x00\x3c\x00\x7c\x00\xfc"))
print(struct.unpack("<e", b"\x01\x00")[0] == 2**-24, struct.unpack("<e", b"\xff\x7b"))
print(struct.pack("<f", -0.25), struct.pack(">d", 1e300 * 1e300), struct.pack("<d", 3))
print(struct.unpack("<fd", struct.pack("<fd", 0.75, -1024.5)))
print(struct.unpack("<f", b"\x00\x00\x80\x7f"), struct.unpack("<d", b"\x00" * 7 + b"\x80"))
print(struct.calcsize("@bd"), struct.calcsize("@bf"), struct.calcsize("@be"))
print(struct.unpack("@bd", struct.pack("@bd", 1, 2.5)))
x = struct.unpack("<f", struct.pack("<f", float("nan")))[0]
print(x != x)
