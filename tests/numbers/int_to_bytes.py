# int.to_bytes(length=1, byteorder='big', *, signed=False): both byte orders, signed,
# length 0, long ints; MicroPython's errors (a .py.exp: its overflow message is its own).
for v in (0, 1, 255, 256, 0x12345678, -1, -128, -129, 2**31 - 1, -2**31, 2**62, -2**63):
    print(v, v.to_bytes(8, 'little', signed=True), v.to_bytes(9, 'big', signed=True))
for v in (0, 1, 127, 128, 255, 65535, 2**32, 2**64 - 1):
    print(v, v.to_bytes(8, 'little'), v.to_bytes(8, 'big'))
print((0).to_bytes(0, 'big'), (1).to_bytes(), (258).to_bytes(2), (1).to_bytes(4, byteorder='little'))
print((5).to_bytes(length=3, byteorder='little', signed=True), (-5).to_bytes(2, signed=True))
# Long ints, positive and negative, at and around their width.
for v in (2**64, 2**100, -2**100, 2**127 - 1, -2**127, 3**80, -(3**80), 2**128 - 1):
    for n in (16, 17, 24):
        try:
            print(v, n, v.to_bytes(n, 'little', signed=True), v.to_bytes(n, 'big', signed=v < 0))
        except OverflowError as e:
            print(v, n, 'OverflowError', e)
print((7**50).to_bytes(18, 'big') == bytes.fromhex('%036x' % 7**50))
# A byte order other than 'little' is big-endian in MicroPython.
print((1).to_bytes(2, 'BIG'), (1).to_bytes(2, 'Little'))
# Errors.
for f in (lambda: (256).to_bytes(1, 'big'), lambda: (128).to_bytes(1, 'big', signed=True),
          lambda: (-129).to_bytes(1, 'little', signed=True), lambda: (1).to_bytes(0, 'big'),
          lambda: (-1).to_bytes(0, 'big', signed=True), lambda: (2**100).to_bytes(12, 'little'),
          lambda: (-2**100).to_bytes(12, 'little', signed=True), lambda: (2**127).to_bytes(16, 'big', signed=True),
          lambda: (-1).to_bytes(4, 'big'), lambda: (-2**100).to_bytes(20, 'big'),
          lambda: (1).to_bytes(-1, 'big'), lambda: (1).to_bytes(1.5, 'big'), lambda: (1).to_bytes('2', 'big'),
          lambda: (1).to_bytes(2**70, 'big'), lambda: int.to_bytes('x', 2)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    (1).to_bytes(2, 'big', True)
except TypeError:
    print('TypeError: signed is keyword-only')
try:
    (1).to_bytes(2, 'big', sign=True)
except TypeError:
    print('TypeError: unknown keyword')
