# Long ints from and to text: int() in any base with underscores, str/hex/oct/bin.
print(int('123456789012345678901234567890'), int('-' + '9' * 40), int(' +1_000_000_000_000_000_000_000 '))
print(int('z', 36), int('zz' * 10, 36), int('ff' * 16, 16), int('0x' + 'f' * 20, 0), int('0b' + '1' * 70, 0))
print(int('0o777777777777777777777777', 8), int('1' * 64, 2), int('-0x8000000000000000', 16))
print(hex(2**100), hex(-2**100), oct(2**70), bin(2**65 + 1), bin(-(2**64)))
print(hex(0), bin(0), oct(-8), hex(255))
print(str(-10**30), repr(10**30))
print((2**100).bit_length(), (-2**100).bit_length(), (2**100 - 1).bit_length(), (0).bit_length(), (255).bit_length())
big = 7**5000
s = str(big)
print(len(s), int(s) % 10**20, int(s) // 10**4980)
print(int(s) == big, int(s) - big)
n = 10**4000
print(len(str(n)), str(n) == '1' + '0' * 4000, str(-n - 1) == '-1' + '0' * 3999 + '1')
print(int('1' + '0' * 100) == 10**100)
# ('_1' and '1__0' are numbers to MicroPython: numbers/int_parse_underscore.py.)
for s in ('12a', '', '0x', '- 1'):
    try:
        int(s)
        print('no error', s)
    except ValueError:
        print('ValueError', repr(s))
try:
    int('1', 37)
except ValueError:
    print('ValueError base')
print(int(2.0**60), int(-2.0**62), int(2.0**80), int(-2.0**100) == -2**100, int(-0.99), int(123.9))
