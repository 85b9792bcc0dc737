# allocations larger than any board's heap raise MemoryError; the heap is usable after
try:
    x = (0,) * 100000000
    print('never')
except MemoryError:
    print('MemoryError tuple')
try:
    s = 'abcd' * 250000000
    print('never')
except MemoryError:
    print('MemoryError str')
try:
    t = (1, 2) * 50000000
    print('never')
except MemoryError:
    print('MemoryError again')
t = (1, 2) * 10
print(len(t), t[19])
s = 'ok' * 3
print(s)
