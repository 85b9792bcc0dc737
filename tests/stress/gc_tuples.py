# 10000 iterations allocating short-lived tuples: the GC must reclaim them
total = 0
keep = ()
for i in range(10000):
    t = (i, i + 1, (i, 'x'))
    total += t[0] + t[2][0]
    if i % 1000 == 0:
        keep = keep + (t,)
print(total, len(keep))
print(keep[3], keep[-1])
i = 0
acc = ()
while i < 10000:
    acc = (i, acc) if i % 100 == 0 else acc
    pair = (i, i)
    i += 1
n = 0
while acc != ():
    n += 1
    acc = acc[1]
print(n)
