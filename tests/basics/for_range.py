# for loops over range with 1, 2 and 3 arguments
for i in range(4):
    print('a', i)
for i in range(2, 5):
    print('b', i)
for i in range(0, 10, 3):
    print('c', i)
for i in range(10, 0, -3):
    print('d', i)
for i in range(5, 0, -1):
    print('e', i)
for i in range(-3, 3, 2):
    print('f', i)
for i in range(0):
    print('never')
for i in range(5, 2):
    print('never')
for i in range(2, 5, -1):
    print('never')
print('loop var after loop', i)
total = 0
for i in range(1, 101):
    total += i
print('sum', total)
for i in range(3):
    for j in range(i):
        print('pair', i, j)
n = 3
for i in range(n):
    n = 0
print('range evaluated once', i)
try:
    for i in range(1, 10, 0):
        print(i)
except ValueError:
    print('ValueError zero step')
try:
    for i in range('3'):
        pass
except TypeError:
    print('TypeError range(str)')
