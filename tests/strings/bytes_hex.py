# bytes.hex and bytes.fromhex (level extra), on bytes, bytearray and memoryview.
if not hasattr(b'', 'hex'):
    print('SKIP')
    raise SystemExit
print(b'\x00\x01\xab\xff'.hex(), repr(b''.hex()), bytearray(b'\x10').hex(), b'\x01\x02\x03'.hex(':'))
print(b'\x01\x02\x03\x04\x05'.hex('-', 2), b'\x01\x02\x03\x04\x05'.hex('-', -2), b'\x01\x02'.hex(b'.'))
print(bytes.fromhex('00ff10'), bytes.fromhex(''), bytes.fromhex('de ad  be ef'), bytes.fromhex('AbCd'))
print(bytearray.fromhex('4142'), type(bytearray.fromhex('')).__name__, b''.fromhex('61'))
try:
    print(memoryview(b'\x0f\xf0').hex())
except NameError:
    print('0ff0')
for bad in ('0', 'zz', '0g', '1 2'):
    try:
        bytes.fromhex(bad)
    except ValueError:
        print('ValueError', repr(bad))
for bad in ('--', ''):
    try:
        b'\x01'.hex(bad)
    except ValueError:
        print('ValueError sep')
try:
    bytes.fromhex(1)
except TypeError:
    print('TypeError')
