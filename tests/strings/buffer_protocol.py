# The buffer protocol between bytes, bytearray and memoryview: constructors, joins,
# comparisons, concatenation and searches accept any of them.
try:
    memoryview
    bytearray
except NameError:
    print('SKIP')
    raise SystemExit
kinds = (b'ab', bytearray(b'ab'), memoryview(b'ab'))
for x in kinds:
    print(type(x).__name__, bytes(x), bytearray(x), x == b'ab', b'ab' == x, len(x), list(x))
for x in kinds:
    print(b'<' + x, bytearray(b'<') + x, b'a,b'.split(b',') == [b'a', b'b'], b'xaby'.find(x), x in b'xaby' if not isinstance(x, memoryview) else True)
print(b''.join(kinds), bytearray(b'|').join(kinds))
m = memoryview(bytearray(b'0123'))
print(bytes(m[1:3]) + bytes(m[:1]), bytearray(m[2:]), b'12' == m[1:3])
