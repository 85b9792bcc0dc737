# array's buffer protocol: bytes, bytearray and memoryview see its items (little-endian
# on the boards); a memoryview indexes, slices and stores items of the array's type.
from array import array

print(bytes(array('h', [1, 256, -1])), bytes(array('b', [-1])), bytearray(array('i', [1])))
print(bytes(array('B', [65, 66])), bytes(array('d', [1.0])), bytes(array('f', [-2.0])))
print(bytes(array('I', [0x01020304])), bytes(array('q', [1])), bytes(array('H')))
print(len(bytes(array('Q', [1, 2]))), b'ab' + array('B', [99]))

a = array('h', [1, -2, 3])
m = memoryview(a)
print(len(m), m[0], m[1], m[-1], list(m), m.itemsize)
print(m[1:][0], len(m[1:]), list(m[1:3]), bytes(m[2:]))
m[0] = 100
m[1:3] = array('h', [7, -8])
print(a)
try:
    m[0] = 'x'
except TypeError:
    print('TypeError')
try:
    m[0:1] = b'ab'
except ValueError as e:
    print('ValueError', e)
try:
    m[5]
except IndexError:
    print('IndexError')
print(list(memoryview(array('d', [0.5, -1.5]))), memoryview(array('f', [2.5]))[0])
print(list(memoryview(array('b', [-1, 2]))), memoryview(array('I', [7])).itemsize)
print(array('B', [104, 105]) == memoryview(b'hi'), bytes(memoryview(array('B', [104, 105]))))
print(array('h', [1, 2]) == memoryview(array('h', [1, 2])))
