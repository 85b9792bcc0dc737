# binascii.a2b_base64 / b2a_base64: padding, newline=, skipped characters, errors.
import binascii

for s in [b'', b'a', b'ab', b'abc', b'abcd', b'\xff\xfe\xfd\x00', bytes(range(50))]:
    enc = binascii.b2a_base64(s)
    print(enc, binascii.a2b_base64(enc) == s)
print(binascii.b2a_base64(b'abc', newline=False), binascii.b2a_base64(b'ab', newline=True))
print(binascii.b2a_base64(b'x', False), binascii.b2a_base64('ab'))
print(binascii.b2a_base64(bytearray(b'\x00' * 5)))

print(binascii.a2b_base64(b'YWJj'), binascii.a2b_base64('YWJj'), binascii.a2b_base64(b'YQ=='))
print(binascii.a2b_base64(b'YWI='), binascii.a2b_base64(b'/+/+'), binascii.a2b_base64(b''))
# characters outside the alphabet are skipped
print(binascii.a2b_base64(b'YW Jj\nZGVm'), binascii.a2b_base64(b'Y!W*Jj'))
# what follows complete padding is ignored
print(binascii.a2b_base64(b'YQ==YQ=='), binascii.a2b_base64(b'YWJjZA==='))

for bad in [b'YWJ', b'YQ=', b'YQ', b'Y', b'YW=j']:
    try:
        print(binascii.a2b_base64(bad))
    except ValueError as e:
        print('ValueError', bad, e)
for f in (binascii.a2b_base64, binascii.b2a_base64):
    try:
        f(5)
    except TypeError as e:
        print('TypeError', e)
