# Doubles in struct and array items on every board: packing is exact (every float a board
# holds is a double), unpacking rounds to the board's float; edges of the single range.
import struct
from array import array

for x in [0.0, -0.0, 1.0, -2.5, 0.75, 2.0**-126, 2.0**-149, -(2.0**-140), 3.0 * 2.0**100, 2.0**127 * 1.5]:
    b = struct.pack('<d', x)
    print(b, struct.unpack('<d', b)[0] == x, struct.unpack('>d', struct.pack('>d', x))[0] == x)
inf = float('inf')
print(struct.pack('<d', inf), struct.pack('<d', -inf), struct.pack('<d', float('nan')))
print(struct.unpack('<d', struct.pack('<d', inf))[0], struct.unpack('<d', struct.pack('<d', -inf))[0])
v = struct.unpack('<d', struct.pack('<d', float('nan')))[0]
print(v != v)
# A double past the single range (1e300) is inf at single precision and itself at double:
# both print True here.
big = struct.unpack('<d', b'\x9c\x75\x88\x3c\xe4\x37\x7e\x7e')[0]
print(big > 3e38)
tiny = struct.unpack('<d', b'\x00\x00\x00\x00\x00\x00\x40\x36')[0]  # 2**-155
print(tiny < 2.0**-148, tiny >= 0.0)
a = array('d', [0.5, -0.25, 2.0**-149])
print(bytes(a), list(a) == [0.5, -0.25, 2.0**-149])
m = memoryview(a)
m[1] = 8.0
print(list(a)[1], bytes(a)[8:16])
