# int.from_bytes(bytes, byteorder='big', signed=False): bytes, bytearray and memoryview,
# both byte orders, signed (honoured: MicroPython ignores it), empty input, long ints.
print(int.from_bytes(b'\x01\x02', 'little'), int.from_bytes(b'\x01\x02', 'big'), int.from_bytes(b'\x01\x02'))
print(int.from_bytes(bytearray(b'\x01\x02\x03'), 'little'), int.from_bytes(memoryview(b'\x00\x01\x02')[1:], 'big'))
print(int.from_bytes(b'', 'big'), int.from_bytes(b'', 'little', signed=True), int.from_bytes(b'\x00' * 12 + b'\x05', 'big'))
for b in (b'\xff', b'\x80', b'\x7f', b'\xff\xff', b'\x00\x80', b'\x80\x00', b'\xff\x7f', b'\x01\x00\x00\x80'):
    print(b, int.from_bytes(b, 'big'), int.from_bytes(b, 'little'),
          int.from_bytes(b, 'big', signed=True), int.from_bytes(b, 'little', signed=True))
# Around 2**31, 2**62 and 2**63 (small-int limits of 32- and 64-bit boards), and past 64 bits.
for b in (b'\x7f\xff\xff\xff', b'\x80\x00\x00\x00', b'\x40' + b'\x00' * 7, b'\x7f' + b'\xff' * 7,
          b'\x80' + b'\x00' * 7, b'\xff' * 8, b'\x01' + b'\x00' * 8, b'\xff' * 9, b'\x80' + b'\x00' * 8,
          b'\xff' + b'\x00' * 8, b'\xff' * 20, b'\x00' * 3 + b'\xff' * 17):
    print(int.from_bytes(b, 'big'), int.from_bytes(b, 'big', signed=True),
          int.from_bytes(b, 'little'), int.from_bytes(b, 'little', signed=True))
print(int.from_bytes(bytes(range(1, 40)), 'big') == int(bytes(range(1, 40)).hex(), 16))
# Round trips with to_bytes.
for v in (0, 1, -1, 255, -256, 2**31, -2**31 - 1, 2**63, -2**63, 3**100, -(3**100), 2**200 - 1):
    for order in ('little', 'big'):
        n = (v.bit_length() + 8) // 8
        print(int.from_bytes(v.to_bytes(n, order, signed=True), order, signed=True) == v, end=' ')
print()
print(int.from_bytes(b'\x01', byteorder='little'), int.from_bytes(bytes=b'\x02', byteorder='big'))
x = 5
print(x.from_bytes(b'\x03', 'big'), type(int.from_bytes(b'\x01' * 20, 'big')).__name__)
for f in (lambda: int.from_bytes(5, 'big'), lambda: int.from_bytes(),
          lambda: int.from_bytes(None, 'little')):
    try:
        print(f())
    except TypeError:
        print('TypeError')
