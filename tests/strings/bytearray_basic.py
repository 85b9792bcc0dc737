# bytearray (level core): construction, repr, comparisons, methods returning bytearrays.
try:
    bytearray
except NameError:
    print('SKIP')
    raise SystemExit
print(bytearray(), bytearray(3), bytearray(b'ab'), bytearray([1, 255]), bytearray('\u00e9', 'utf-8'), bytearray(range(2)))
a = bytearray(b'hello')
print(len(a), a[0], a[-1], list(a), a == b'hello', b'hello' == a, a == bytearray(b'hello'), a != b'x', a < b'hellp')
print(a + b'!', b'>' + a, a * 2, 2 * a, a + bytearray(b'?'), type(a + b'').__name__, type(b'' + a).__name__)
print(a.upper(), a.split(b'l'), a.replace(b'l', b'L'), a.strip(b'ho'), a.find(b'l'), b'l' in a, 108 in a)
print(bytes(a), bytearray(a), bytearray(a) is a, str(a), repr(bytearray(b"'")))
print(b'-'.join([a, b'x']), a.decode() if hasattr(a, 'decode') else 'hello', a.isalpha())
c = bytearray(b'abc')
print([x for x in c], c.startswith(b'a'), c.endswith(bytearray(b'bc')))
for bad in ((-1,), ('abc',), ([256],), (None,)):
    try:
        bytearray(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
try:
    hash(bytearray())
except TypeError:
    print('TypeError unhashable')
try:
    {bytearray(b'k'): 1}
except TypeError:
    print('TypeError key')
