# for loops over tuples and strings
for x in (1, 'two', None, (3, 4)):
    print(x)
for ch in 'abc':
    print(ch, len(ch))
for ch in '':
    print('never')
for x in ():
    print('never')
count = 0
for ch in 'mississippi':
    if ch == 's':
        count += 1
print('s count', count)
word = ''
for ch in 'stressed':
    word = ch + word
print(word)
t = (3, 1, 4, 1, 5, 9, 2, 6)
best = t[0]
for v in t:
    best = max(best, v)
print('max', best)
for a, b in ((1, 2), (3, 4)):
    print(a * b)
for ch in 'ab' * 2:
    print(ch)
try:
    for x in 5:
        pass
except TypeError:
    print('TypeError int not iterable')
