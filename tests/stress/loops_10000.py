# long-running loops with arithmetic and function calls
total = 0
i = 0
while i < 10000:
    total += i % 7
    i += 1
print(total)
def step(x):
    return (x * 1103 + 12345) % 65536
x = 1
for i in range(10000):
    x = step(x)
print(x)
count = 0
for i in range(100):
    for j in range(100):
        if (i ^ j) & 1:
            count += 1
print(count)
s = 0
for ch in 'abcdefghij' * 1000:
    if ch == 'e':
        s += 1
print(s)
