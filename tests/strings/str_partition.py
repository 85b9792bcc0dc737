# str.partition and rpartition (level extra).
if not hasattr('', 'partition'):
    print('SKIP')
    raise SystemExit
print('a=b=c'.partition('='), 'a=b=c'.rpartition('='))
print('abc'.partition('x'), 'abc'.rpartition('x'), ''.partition('a'), ''.rpartition('a'))
print('abc'.partition('abc'), 'abcab'.partition('ab'), 'abcab'.rpartition('ab'))
print('x\u00e9y'.partition('\u00e9'), b'k: v'.partition(b': '), b'k: v'.rpartition(b'x'))
for f in (lambda: 'a'.partition(''), lambda: 'a'.rpartition('')):
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
for bad in (None, 1, b'a'):
    try:
        'abc'.partition(bad)
    except TypeError:
        print('TypeError')
