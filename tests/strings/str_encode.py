# str.encode and bytes.decode (level core): UTF-8 and ASCII, errors, keywords.
if not hasattr('', 'encode'):
    print('SKIP')
    raise SystemExit
print('abc'.encode(), '\u00e9\u20ac'.encode(), '\u00e9'.encode('utf-8'), 'x'.encode('ascii'), 'x'.encode(encoding='utf8'))
print(b'abc'.decode(), b'\xc3\xa9'.decode('utf-8'), b'\xe2\x82\xac'.decode() == '\u20ac', bytearray(b'hi').decode())
print(b'ok'.decode(errors='strict'), str(b'\xc3\xa9', 'utf-8') == '\u00e9', str(b'x', 'ascii'), bytes('\u00e9', 'utf-8'))
print(len('\U0001f600'.encode()), '\U0001f600'.encode().decode() == '\U0001f600')
for bad in (lambda: b'\xff'.decode(), lambda: b'\xc3'.decode(), lambda: b'a\xc3\x28'.decode(),
            lambda: b'\xc0\x80'.decode(), lambda: '\u00e9'.encode('ascii'), lambda: b'\xe9'.decode('ascii'), lambda: str(b'\xff', 'utf-8')):
    try:
        bad()
        print('no error')
    except UnicodeError:
        print('UnicodeError')
for bad in (lambda: 'a'.encode('latin-2'), lambda: b'a'.decode('no-such-codec')):
    try:
        bad()
    except LookupError as e:
        print('LookupError', e)
