# str.count (level core): overlapping matches are not counted; start and end.
if not hasattr('', 'count'):
    print('SKIP')
    raise SystemExit
print('aaaa'.count('a'), 'aaaa'.count('aa'), 'aaaa'.count('aaa'), 'abc'.count('x'))
print('aaaa'.count(''), ''.count(''), ''.count('a'), 'abc'.count('', 1), 'abc'.count('', 4))
print('abcabc'.count('b', 2), 'abcabc'.count('b', 0, 2), 'abcabc'.count('bc', -3), 'abc'.count('a', 2, 1))
print('\u00e9\u00e9x\u00e9'.count('\u00e9'), '\u00e9\u00e9x\u00e9'.count('\u00e9', 1), '\u00e9\u00e9'.count(''))
try:
    'abc'.count(1)
except TypeError:
    print('TypeError')
