# struct.pack_into and unpack_from: offsets (negative from the end), bytearray and memoryview.
import struct

b = bytearray(8)
struct.pack_into("<hh", b, 1, 0x102, 0x304)
print(b)
struct.pack_into("<H", b, -2, 0xBEEF)
print(b)
struct.pack_into(">i", b, 0, -2)
print(b)
struct.pack_into("<2s", b, 4, b"xy")
print(b)
print(struct.unpack_from("<h", b, 0), struct.unpack_from("<h", b, 6), struct.unpack_from("<h", b, -2))
print(struct.unpack_from(">I", b), struct.unpack_from("<2s", b, 4))

m = memoryview(b)
struct.pack_into("<h", m[2:], 0, 0x4142)
print(b)
print(struct.unpack_from("<H", m, 2), struct.unpack_from("<H", m[6:]))
print(struct.unpack("<H", memoryview(b"\x01\x02")), struct.unpack("<i", bytearray(b"\x01\x02\x00\x00")))
print(struct.unpack_from("<B", b"\x01\x02\x03", 2), struct.unpack_from("<B", b"\x01\x02\x03", -3))

# pack_into writes only its bytes.
c = bytearray(b"abcdefgh")
struct.pack_into("<H", c, 3, 0x3030)
print(c)
