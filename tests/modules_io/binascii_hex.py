# binascii.hexlify / unhexlify: any buffer in, bytes out; separators; errors.
import binascii

print(binascii.hexlify(b'\x00\x01\xab\xff'))
print(binascii.hexlify(b''), binascii.hexlify(b'a'))
print(binascii.hexlify(bytearray(b'xy')), binascii.hexlify(memoryview(b'xyz')[1:]))
print(binascii.hexlify(b'\x01\xab\x02', '-'), binascii.hexlify(b'\x01\xab', b':'))
print(binascii.hexlify(b'\x01', ':'))
print(binascii.unhexlify('0001abff'), binascii.unhexlify(b'AbCd'), binascii.unhexlify(''))
print(binascii.unhexlify(bytearray(b'4142')))
data = bytes(range(256))
print(binascii.unhexlify(binascii.hexlify(data)) == data)
print(len(binascii.hexlify(data)), binascii.hexlify(data)[-6:])

for bad in ['zz', '0G', 'abc', 'a', '0 1']:
    try:
        binascii.unhexlify(bad)
    except ValueError as e:
        print('ValueError', bad, e)
for f in (binascii.hexlify, binascii.unhexlify):
    try:
        f(1)
    except TypeError as e:
        print('TypeError', e)
try:
    binascii.hexlify()
except TypeError:
    print('TypeError no args')
