# many small str objects created by conversions and concatenation
count = 0
last = ''
for i in range(5000):
    s = str(i) + '-' + str(i * 2)
    if int(str(i)) == i:
        count += 1
    last = s
print(count, last)
total = 0
for i in range(2000):
    total += len(repr(str(i)))
print(total)
