# binascii.crc32: the IEEE CRC-32, continued from a start value (its low 32 bits).
import binascii

print(binascii.crc32(b''), binascii.crc32(b'hello'), binascii.crc32(b'The quick brown fox'))
print(binascii.crc32(b'hello', 5), binascii.crc32(b'x', 0xffffffff))
print(binascii.crc32(bytearray(b'abc')), binascii.crc32(memoryview(b'abc')))
# continuing a CRC gives the CRC of the whole
c = binascii.crc32(b'hello ')
print(binascii.crc32(b'world', c) == binascii.crc32(b'hello world'))
print(binascii.crc32(bytes(range(256))))
print(binascii.crc32(b'x', True))
try:
    binascii.crc32(b'x', 1.5)
except TypeError:
    print('TypeError float')
try:
    binascii.crc32(5)
except TypeError:
    print('TypeError int')
# the start value's low 32 bits, whatever the int
print(binascii.crc32(b'x', -1), binascii.crc32(b'x', 2**40), binascii.crc32(b'x', 2**31))
print(binascii.crc32(b'abc', -2**40), binascii.crc32(b'abc', 2**100 + 7) == binascii.crc32(b'abc', 7))
