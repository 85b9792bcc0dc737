# int(str, base) skips `_` anywhere, as MicroPython's parser does (CPython allows one `_`
# between digits only); only an empty text after the sign and prefix is an error (.exp).
def t(*a):
    try:
        print(repr(a[0]), int(*a))
    except ValueError as e:
        print(repr(a[0]), 'ValueError', e)

for s in ['1_', '_1', '1__0', '_', '__', '-_1', '+1_', '1_ ', ' _ ', '0_', '_0', '0_0']:
    t(s)
for s in ['0x_', '0x_1', '0b_', '0o_7_', '0x', '0b', '-0x', '0_7', '1 _', '1_x', '0x_g']:
    t(s, 0)
t('0x_f', 16)
t('1_0', 2)
t('z_z', 36)
# A non-str with a base.
for a in [1, 1.5, None, [1]]:
    try:
        int(a, 10)
    except TypeError as e:
        print('TypeError', e)
print(int(b"1_2", 10), int(bytearray(b"1_0")))
