# str.split and rsplit: on whitespace, on a separator, with maxsplit, as keywords.
print('a b  c\t\nd '.split(), '  '.split(), ''.split(), ' x '.split())
print('a,b,,c,'.split(','), ''.split(','), ','.split(','), 'abc'.split('b'))
print('a::b::c'.split('::'), 'aaa'.split('aa'), 'x'.split('xx'))
print('a b c d'.split(None, 2), 'a b c d'.split(' ', 1), 'a b'.split(None, 0))
print('  a  b  c  '.split(None, 1), '  a  b  c  '.split(None, -1))
print('a b c d'.rsplit(None, 2), 'a,b,c'.rsplit(',', 1), 'a,b,c'.rsplit(','))
print('  a  b  c  '.rsplit(None, 1), '  a  b  c  '.rsplit(), 'aaa'.rsplit('aa'))
print('a b c'.split(maxsplit=1), 'a-b-c'.split(sep='-'), 'a-b-c'.rsplit(sep='-', maxsplit=1))
print('a\u00e9b\u00e9c'.split('\u00e9'), '\u00e9 \u00e9'.split())
for f in (lambda: 'a'.split(''), lambda: 'a'.rsplit('')):
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
for bad in (1, b','):
    try:
        'a,b'.split(bad)
    except TypeError:
        print('TypeError')
try:
    'a b'.split(None, 'x')
except TypeError:
    print('TypeError maxsplit')
