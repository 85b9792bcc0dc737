# str.ljust, rjust, zfill and center's fill character (CPython's; level everything).
if not hasattr('', 'zfill'):
    print('SKIP')
    raise SystemExit
print(repr('ab'.ljust(5)), repr('ab'.rjust(5)), repr('ab'.ljust(1)), repr('ab'.rjust(5, '*')), repr('ab'.ljust(4, '\u00e9')))
print(repr('ab'.center(7, '-')), repr('ab'.center(6, '-')), repr('\u00e9'.rjust(3, '\u00e8')))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), '42'.zfill(1), repr(''.zfill(3)), '-'.zfill(3), 'ab'.zfill(4))
print(b'7'.zfill(3), b'ab'.ljust(4, b'.'), bytearray(b'ab').rjust(3))
for f in (lambda: 'a'.ljust(3, 'xy'), lambda: 'a'.rjust(3, ''), lambda: 'a'.center(3, 1)):
    try:
        f()
    except TypeError:
        print('TypeError')
