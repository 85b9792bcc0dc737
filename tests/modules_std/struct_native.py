# struct with native sizes and alignment ("@", the default).
import struct

print(struct.calcsize("@b"), struct.calcsize("@h"), struct.calcsize("@i"), struct.calcsize("@q"))
print(struct.calcsize("bh"), struct.calcsize("bi"), struct.calcsize("bq"), struct.calcsize("@hi"))
print(struct.calcsize("b3sh"), struct.calcsize("bxh"), struct.calcsize("b0i"), struct.calcsize("ib"))
print(struct.calcsize("P") == struct.calcsize("l") == struct.calcsize("L"))
print(struct.calcsize("P") in (4, 8), struct.calcsize("bP") == 2 * struct.calcsize("P"))
print(struct.pack("@bi", 1, 2), struct.pack("bh", 1, 2), struct.pack("hq", 1, 2))
print(struct.unpack("@bi", b"\x07\x00\x00\x00\x09\x00\x00\x00"))
print(struct.unpack("bhq", struct.pack("bhq", -1, -2, -3)))
print(struct.unpack("P", struct.pack("P", 12345)))
print(struct.pack("3b", 1, 2, 3), struct.unpack("2H", b"\x01\x00\x02\x00"))
