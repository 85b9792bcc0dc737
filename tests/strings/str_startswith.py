# str.startswith and endswith: prefixes, tuples of them, start and end.
s = 'hello world'
print(s.startswith('hell'), s.startswith('world'), s.startswith(''), s.startswith(s + '!'))
print(s.endswith('world'), s.endswith('hello'), s.endswith(''), s.endswith('d'))
print(s.startswith('world', 6), s.startswith('wor', 6, 8), s.startswith('wor', 6, 9))
print(s.endswith('hello', 0, 5), s.endswith('hell', 0, -7), s.endswith('o', -100, 5))
print(s.startswith('', 11), s.startswith('', 12), s.endswith('', 12), s.endswith('', 3, 2))
print(s.startswith(('x', 'he')), s.startswith(('x', 'y')), s.startswith(()))
print(s.endswith(('ld', 'x'), 0), s.endswith(('lo',), 0, 5))
print(''.startswith(''), ''.endswith('a'))
for bad in (1, ['he'], ('he', 1)):
    try:
        s.startswith(bad)
        print('ok', bad)
    except TypeError:
        print('TypeError')
try:
    s.endswith(b'd')
except TypeError:
    print('TypeError bytes')
