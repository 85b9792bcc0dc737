# str.center (level extra): odd padding goes to the right unless the width is odd.
if not hasattr('', 'center'):
    print('SKIP')
    raise SystemExit
for w in (-1, 0, 3, 4, 5, 6, 7, 8):
    print(repr('abc'.center(w)), repr('ab'.center(w)))
print(repr(''.center(3)), repr('\u00e9'.center(3)), repr(b'x'.center(4)))
try:
    'a'.center('3')
except TypeError:
    print('TypeError')
