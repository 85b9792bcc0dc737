# bytes(): empty, a count of zeros, from a buffer, an iterable of ints, a str and encoding.
print(bytes(), bytes(0), bytes(3), bytes(b'ab'), bytes([65, 66, 0, 255]), bytes((1,)))
print(bytes(range(3)), bytes(x for x in (97, 98)), bytes('abc', 'utf-8'), bytes('\u00e9', 'utf8'))
print(bytes(iter([104, 105])), bytes({}), bytes(''.join([]), 'ascii'))
b = b'same'
print(bytes(b) is b, bytes(b'') == b'')
for bad in ([256], [-1]):
    try:
        bytes(bad)
    except ValueError:
        print('ValueError')
for bad in (('abc',), (['a'],), (None,), (1, 'utf-8'), ('a', 'utf-8', 'strict', 4)):
    try:
        bytes(*bad)
    except TypeError:
        print('TypeError')
try:
    bytes(-1)
except ValueError:
    print('ValueError')
try:
    bytes('a', 'no-such-codec')
except LookupError:
    print('LookupError')
