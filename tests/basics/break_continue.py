# break and continue in for and while loops, including nested loops
for i in range(10):
    if i == 2:
        continue
    if i == 5:
        break
    print('for', i)
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print('inner', i, j)
for i in range(3):
    for j in range(3):
        if (i + j) % 2:
            continue
        print('even sum', i, j)
for ch in 'hello':
    if ch == 'l':
        break
    print(ch)
i = 0
while i < 10:
    i += 1
    if i < 8:
        continue
    print('while', i)
def find(t, x):
    i = 0
    for v in t:
        if v == x:
            return i
        i += 1
    return -1
print(find((5, 6, 7), 7), find((5, 6, 7), 8))
def first_even(t):
    for v in t:
        if v % 2 == 0:
            break
    return v
print(first_even((1, 3, 4, 5)))
