# MicroPython's wording for the errors of bytes and bytearray operations (.exp).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: b'abc'[3])
t(lambda: b'abc'[None])
t(lambda: bytes('abc'))
t(lambda: bytes([300]))
t(lambda: bytes(['a']))
t(lambda: bytes(None))
t(lambda: b'a,b'.split(','))
t(lambda: b'a'.find('a'))
t(lambda: b'x'.join([b'a', 'b']))
t(lambda: bytes.fromhex('zz'))
t(lambda: memoryview(1))
try:
    bytearray
except NameError:
    raise SystemExit
t(lambda: bytearray(b'abc')[3])
t(lambda: bytearray(b'abc')['x'])
t(lambda: bytearray(b'a').append('x'))
t(lambda: bytearray(b'a').extend(5))
t(lambda: bytearray('abc'))
