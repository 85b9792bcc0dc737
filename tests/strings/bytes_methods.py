# The str methods of bytes: results are bytes, arguments must be bytes-like.
b = b'  Hello, World  '
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b' Hd'), b.upper(), b.lower())
print(b.split(), b.split(b','), b.rsplit(None, 1), b'a,b,c'.split(b',', 1), b'a b'.split(maxsplit=0))
print(b'-'.join([b'a', b'b']), b''.join([]), b'x'.join((b'1', bytearray(b'2'))))
print(b'abcabc'.find(b'c'), b'abcabc'.rfind(b'c'), b'abc'.find(99), b'abc'.index(b'b'), b'abc'.rindex(97))
print(b'abc'.startswith(b'ab'), b'abc'.endswith((b'x', b'c')), b'aXa'.replace(b'a', b'bb'))
print(b'abc'.isalpha(), b'123'.isdigit(), b' \t'.isspace(), b'AB'.isupper(), b'ab'.islower(), b'\xe9'.isalpha())
print(b'\xe9abc'.upper(), b'a\xffb'.split(b'\xff'), b'\x00a\x00'.strip(b'\x00'))
if hasattr(b'', 'count'):
    print(b'aaa'.count(b'a'), b'aaa'.count(97), b'abab'.count(b'ab', 1))
for bad in (lambda: b'a,b'.split(','), lambda: b'a'.find('a'), lambda: b'a'.strip('a'), lambda: b'x'.join(['a']), lambda: b'a'.replace('a', b'b')):
    try:
        bad()
    except TypeError:
        print('TypeError')
try:
    b'a'.find(256)
except ValueError:
    print('ValueError')
