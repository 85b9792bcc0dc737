# while loops with break and continue
i = 0
while i < 5:
    print('i', i)
    i += 1
n = 10
total = 0
while n:
    total += n
    n -= 1
print('total', total)
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 8:
        break
    print('even', i)
print('after break', i)
a = 0
while a < 3:
    b = 0
    while True:
        b += 1
        if b >= a:
            break
    print(a, b)
    a += 1
x = 0
while x < 0:
    print('never')
print('done')
# collatz from 27 (max value 9232)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print('collatz steps', steps)
