# grow a string until the heap is exhausted, then recover
s = 'x'
try:
    while True:
        s = s + s
except MemoryError:
    print('MemoryError while doubling')
ok = len(s) >= 1024
s = None
print(ok)
t = ()
try:
    while True:
        t = t + t + (0,)
except MemoryError:
    print('MemoryError while growing a tuple')
t = None
print(len('still works' * 2))
