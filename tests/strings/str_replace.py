# str.replace: all, counted, empty old, not found, unicode.
print('aaa'.replace('a', 'b'), 'aaa'.replace('a', 'b', 2), 'aaa'.replace('a', 'b', 0), 'aaa'.replace('a', 'b', -1))
print('abcabc'.replace('bc', 'X'), 'abc'.replace('x', 'y'), 'abc'.replace('abc', ''), repr(''.replace('a', 'b')))
print('abc'.replace('', '-'), 'abc'.replace('', '-', 2), repr(''.replace('', 'x')), 'aaaa'.replace('aa', 'a'))
print('h\u00e9llo'.replace('', '.'), 'h\u00e9\u00e9'.replace('\u00e9', 'e'), '\u20ac1'.replace('1', '\u20ac'))
s = 'unchanged'
print(s.replace('z', 'y') == s)
for bad in ((1, 'a'), ('a', 1), (b'a', 'b')):
    try:
        'abc'.replace(*bad)
    except TypeError:
        print('TypeError')
try:
    'abc'.replace('a', 'b', 'c')
except TypeError:
    print('TypeError count')
