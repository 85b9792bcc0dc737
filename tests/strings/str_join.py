# str.join: lists, tuples, any iterable; items must be str.
print(','.join(['a', 'b', 'c']), ''.join(('x', 'y')), '-'.join([]), '-'.join(['only']))
print('ab'.join('xyz'), ', '.join(str(i) for i in range(4)), '.'.join(iter(['p', 'q'])))
print('\u00e9'.join(['a', 'b']), repr(''.join(['', ''])))
d = {'k1': 1}
print('+'.join(d))
l = []
for i in range(100):
    l.append('a')
s = ''.join(l)
print(len(s), s[:5])
for bad in ([1, 2], ['a', 1], [b'a'], 5):
    try:
        print(','.join(bad))
    except TypeError:
        print('TypeError')
