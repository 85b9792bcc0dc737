# Unicode str (level basic): len, indices and slices count code points (stored as UTF-8).
if len('\u00e9') != 1:
    print('SKIP')
    raise SystemExit
s = 'a\u00e9\u20ac\U0001f600z'
print(len(s), len(''), len('\U0010ffff'))
print([ord(c) for c in s])
print(ord(s[1]), ord(s[2]), ord(s[3]), ord(s[-1]), ord(s[-4]))
print(s[1:3] == '\u00e9\u20ac', len(s[2:]), s[::-1] == 'z\U0001f600\u20ac\u00e9a', s[::2] == 'a\u20acz')
print(s[1::2] == '\u00e9\U0001f600', s[-2:-5:-1] == '\U0001f600\u20ac\u00e9', s[10:], s[:0])
print(s.find('\u20ac'), s.find('z'), s.rfind('\u00e9'), s.index('\U0001f600'), s.find('\u20ac', 3), s.find('z', -1))
print(s.startswith('\u00e9', 1), s.endswith('\U0001f600', 0, 4))
print('\u00e9' in s, '\u00e8' in s, '\u00e9\u20ac' in s)
print(len('\u00e9' * 3), len('\u00e9' + 'x'))
t = ''
for c in s:
    t = c + t
print(t == s[::-1])
try:
    s[6]
except IndexError as e:
    print('IndexError')
