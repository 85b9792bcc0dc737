# str.find, rfind, index, rindex: start/end arguments, negative bounds, not found.
s = 'abcabcab'
print(s.find('b'), s.find('b', 2), s.find('b', 2, 4), s.find('b', 5, 6))
print(s.rfind('b'), s.rfind('b', 0, 7), s.rfind('ca'), s.rfind('x'))
print(s.find('ab', -3), s.find('ab', -100), s.find('ab', 1, -1), s.rfind('ab', -5, -2))
print(s.find(''), s.find('', 3), s.find('', 8), s.find('', 9), s.rfind(''), s.rfind('', 2, 5))
print(s.find('abcabcabx'), s.find(s), s.find('c', None), s.find('c', None, 2))
print(s.index('c'), s.rindex('c'), s.index('ab', 1), s.rindex('ab', 0, 5))
print(''.find(''), ''.find('a'), ''.rfind(''))
for f in (lambda: s.index('x'), lambda: s.rindex('a', 1, 2), lambda: ''.index('a')):
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
for bad in (1, None, b'a'):
    try:
        s.find(bad)
    except TypeError:
        print('TypeError', type(bad).__name__)
try:
    s.find('a', 'x')
except TypeError:
    print('TypeError start')
