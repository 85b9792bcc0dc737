# str.strip, lstrip, rstrip: whitespace, given characters, None.
s = ' \t\n x y \r\n'
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr('xxhixx'.strip('x')), repr('xyhiyx'.strip('xy')), repr('xyhiyx'.lstrip('yx')), repr('xyhiyx'.rstrip('x')))
print(repr('  a  '.strip(None)), repr('  a  '.lstrip(None)), repr('aaa'.strip('a')), repr(''.strip()))
print(repr('abc'.strip('')), repr('   '.strip()), repr('abc'.strip('cba')))
print(repr('\u00e9a\u00e9'.strip('\u00e9')), repr('\u00e9\u00e8x\u00e8'.rstrip('\u00e8')), repr('\u00e9x'.lstrip('\u00e8\u00e9')))
s = 'same'
print(s.strip() is s, s.strip('x') is s)
for bad in (1, b'x'):
    try:
        'abc'.strip(bad)
    except TypeError:
        print('TypeError')
