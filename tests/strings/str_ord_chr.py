# ord and chr over the whole range, and their errors.
print(ord('a'), ord('\x00'), ord('\x7f'), chr(97), repr(chr(0)), chr(65) + chr(66))
if len('\u00e9') == 1:
    for c in (0x80, 0xff, 0x100, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff):
        print(c, ord(chr(c)) == c, len(chr(c)))
    print(ord('\u20ac'), ord('\U0001f600'), chr(0x20ac) == '\u20ac')
else:
    print('no unicode')
print(ord(b'a'), ord(b'\xff'))
for bad in (-1, 0x110000, 1 << 29):
    try:
        chr(bad)
    except ValueError:
        print('ValueError')
for bad in ('', 'ab', b''):
    try:
        ord(bad)
    except TypeError:
        print('TypeError')
for bad in (1, None):
    try:
        ord(bad)
    except TypeError:
        print('TypeError')
try:
    chr('a')
except TypeError:
    print('TypeError')
