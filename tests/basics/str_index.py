# indexing strings with positive and negative indices
s = 'hello'
print(s[0], s[1], s[4])
print(s[-1], s[-2], s[-5])
print(len(s), s[len(s) - 1])
i = 0
while i < len(s):
    print(i, s[i], s[-1 - i])
    i += 1
print(type(s[0]), len(s[0]))
print('abc'[1], ('x' + 'y')[1])
for bad in (5, -6, 100, -100):
    try:
        print(s[bad])
    except IndexError:
        print('IndexError', bad)
try:
    print(''[0])
except IndexError:
    print('IndexError empty')
try:
    print(s['a'])
except TypeError:
    print('TypeError str index')
