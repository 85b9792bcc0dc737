# struct.pack / unpack / calcsize with explicit byte order: every integer code, counts, s, x.
import struct

for fmt in ("<b", "<B", "<h", "<H", "<i", "<I", "<l", "<L", "<q", "<Q"):
    print(fmt, struct.calcsize(fmt), struct.pack(fmt, 5), struct.unpack(fmt, struct.pack(fmt, 100)))

for prefix in "<>!":
    print(prefix, struct.pack(prefix + "hHiI", -2, 0xABCD, -70000, 0x12345678))
    print(prefix, struct.unpack(prefix + "hHiI", struct.pack(prefix + "hHiI", -2, 0xABCD, -70000, 0x12345678)))

print(struct.pack("<bBhH", -128, 255, -32768, 65535))
print(struct.unpack("<bBhH", b"\x80\xff\x00\x80\xff\xff"))
print(struct.pack(">qQ", -1, 2**64 - 1))
print(struct.unpack(">qQ", b"\xff" * 16))
print(struct.unpack("<q", struct.pack("<q", -(2**63))))
print(struct.unpack("<I", b"\xff\xff\xff\xff"))

# Counts repeat a code; for s the count is the length.
print(struct.calcsize("<3h2i"), struct.pack("<3h2i", 1, 2, 3, 4, 5))
print(struct.unpack("<3h", b"\x01\x00\x02\x00\x03\x00"))
print(struct.pack("<5s", b"abc"), struct.pack("<2s", b"abcdef"), struct.pack("<s", b"xyz"))
print(struct.unpack("<2s3s", b"abcde"), struct.unpack("<0s", b""))
print(struct.pack("<h2xh", 1, 2), struct.unpack("<h2xh", b"\x01\x00ab\x02\x00"))
print(struct.calcsize("<"), struct.calcsize("<10s"), struct.calcsize("<10x"), struct.calcsize(">0h"))
print(struct.pack("<3s", bytearray(b"xy")), struct.pack(">H", True))

# Formats may be bytes.
print(struct.calcsize(b"<hh"), struct.unpack(b">H", b"\x01\x02"))
