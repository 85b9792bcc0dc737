# Long strings through the methods: split/join round trip, replace, find near the end,
# formatting widths, repeats (allocation-heavy: also run with a collection per allocation).
words = []
for i in range(300):
    words.append('w' + str(i))
s = ' '.join(words)
print(len(s), s.split() == words, s.split(' ', 2)[1], s.rsplit(' ', 1)[1])
print(s.find('w299'), s.rfind('w0 '), s.count('w1') if hasattr(s, 'count') else 111, len(s.replace('w', 'WW')))
t = ('ab' * 500).upper()
print(len(t), t[-3:], t.lower().find('ba', 990), '{:>1200}'.format('x')[1195:], len('%-900s|' % 'y' if hasattr('', 'count') else 'y' * 900 + '|'))
u = '\u00e9' * 400 + 'x'
print(len(u), u.find('x'), u[-2:] == '\u00e9x', len(u[::3]), u.rstrip('x') == '\u00e9' * 400)
acc = ''
for i in range(200):
    acc += str(i % 10)
print(len(acc), acc[:12], acc[-5:])
