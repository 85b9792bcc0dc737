# ascii(x) (CPython's; level everything): repr with non-ASCII characters escaped.
try:
    ascii
except NameError:
    print('SKIP')
    raise SystemExit
print(ascii('abc'), ascii('\u00e9'), ascii('\u20ac\U0001f600'), ascii("it's"), ascii('\n\x00'))
print(ascii(['\u00e9', 1]), ascii(b'\xe9'), ascii(('x\u0100',)))
