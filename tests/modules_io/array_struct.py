# struct reads and writes an array's items through the buffer protocol.
try:
    import struct
except ImportError:
    print('SKIP')
    raise SystemExit
from array import array

print(struct.unpack('<hh', array('h', [1, -1])))
print(struct.unpack('<2I', array('I', [7, 2**31])))
print(struct.unpack_from('<i', array('i', [5, 6]), 4))
a = array('h', [0, 0, 0])
struct.pack_into('<h', a, 2, -7)
print(a)
print(array('d', struct.pack('<2d', 0.5, -2.0)))
