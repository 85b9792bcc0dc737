# long strings built by repetition and by concatenation in a loop
s = 'abc' * 1000
print(len(s), s[0], s[-1], s[1500], s[2999])
s = ''
for i in range(2000):
    s = s + 'x'
print(len(s), s[1999])
t = 'ab' * 3000
print(len(t), len(t + t), len(t * 2 + t))
digits = ''
for i in range(300):
    digits = digits + str(i)
print(len(digits), digits[-3], digits[-1])
u = 'x'
for i in range(12):
    u = u + u
print(len(u))
print('abc' * 1000 == s * 0 + 'abc' * 1000, 'ab' in t, 'ba' in t, 'aa' in t)
