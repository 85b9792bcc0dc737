# substring membership with in / not in
s = 'hello world'
print('h' in s, 'z' in s, 'world' in s, 'worlds' in s)
print('' in s, '' in '', 'a' in '')
print('lo w' in s, 'low' not in s, 'o' not in s)
print(s in s, s + '!' in s)
for ch in 'aeiou':
    print(ch, ch in s)
try:
    print(1 in 'abc')
except TypeError:
    print('TypeError int in str')
