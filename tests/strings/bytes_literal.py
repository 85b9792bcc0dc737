# bytes literals: escapes, repr (CPython's, which tools parse back), len, indexing.
print(b'', b'abc', b'a' b'b', b'\x00\x7f\x80\xff', b'\t\n\r\\', b'\'"', b"it's", b'"')
print(b'\a\b\f\v\0\101', br'\n\x00', rb'raw', B'UP', len(b'\x00\x01'), len(b''))
print(repr(b"'"), repr(b'"\''), repr(b' ~\x1f\x7f'))
b = b'hello'
print(b[0], b[-1], b[1:3], b[::-1], b[:], b[10:], b[::2], type(b[0]).__name__)
print(list(b'abc'), [x for x in b'\x00\xff'], tuple(b'xy'))
print(b'abc' == b'abc', b'abc' == b'abd', b'abc' != b'ab', b'a' < b'b', b'ab' < b'a', b'a' <= b'a', b'b' > b'ab')
print(b'abc' == 'abc', 'abc' == b'abc', b'' == '', b'a' == 97)
print(b'ab' + b'cd', b'ab' * 3, 2 * b'x', b'ab' * 0, b'' * 100)
print(b'b' in b'abc', b'bc' in b'abc', b'' in b'abc', 98 in b'abc', 0 in b'abc', b'x' in b'abc')
d = {b'k': 1, 'k': 2}
print(d[b'k'], d['k'], hash(b'ab') == hash(b'a' + b'b'), len(d))
print(type(b'').__name__, str(b'ab'), isinstance(b'', bytes))
for i in (5, -6):
    try:
        b[i]
    except IndexError:
        print('IndexError')
for bad in (lambda: b'a' + 'b', lambda: 'b' + b'a', lambda: b'a' + 1, lambda: b'a' < 'b'):
    try:
        bad()
    except TypeError:
        print('TypeError')
for bad in (lambda: 256 in b'a', lambda: -1 in b'a'):
    try:
        bad()
    except ValueError:
        print('ValueError')
