# deeply nested tuples built and walked iteratively
t = ()
for i in range(1000):
    t = (t, i)
depth = 0
total = 0
while t != ():
    total += t[1]
    t = t[0]
    depth += 1
print(depth, total)
s = ('leaf',)
for i in range(500):
    s = (s,)
n = 0
while len(s) == 1 and s != ('leaf',):
    s = s[0]
    n += 1
print(n, s)
