# str concatenation, repetition and comparison
a = 'foo'
b = 'bar'
print(a + b, b + a, a + '' + b)
print(a * 3, 2 * b, a * 1, repr(a * 0), repr(a * -2))
print((a + b) * 2)
print(repr('' * 5), repr('' + ''))
print(a == 'foo', a == b, a != b, a == 'fo' + 'o')
print('abc' < 'abd', 'abc' < 'ab', 'ab' < 'abc', '' < 'a')
print('B' < 'a', 'Z' > 'a', 'a' <= 'a', 'b' >= 'a')
print(min('pear', 'apple', 'fig'), max('pear', 'apple', 'fig'))
s = ''
for i in range(5):
    s = s + str(i)
print(s, len(s))
try:
    print('a' + 1)
except TypeError:
    print('TypeError str + int')
try:
    print(1 + 'a')
except TypeError:
    print('TypeError int + str')
try:
    print('a' * 'b')
except TypeError:
    print('TypeError str * str')
try:
    print('a' < 1)
except TypeError:
    print('TypeError str < int')
