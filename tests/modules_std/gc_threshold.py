# gc.threshold: read, set (rounded down to whole blocks), switch off with a negative value.
import gc

print(gc.threshold())
print(gc.threshold(4096))
t = gc.threshold()
print(0 < t <= 4096, t % 16 == 0)
gc.threshold(0)
print(gc.threshold())
gc.threshold(-5)
print(gc.threshold())
gc.threshold(-1)
print(gc.threshold())

# With a threshold, garbage is collected before the heap fills up.
gc.collect()
gc.threshold(2048)
a0 = gc.mem_alloc()
for i in range(200):
    [i] * 8
print("bounded", gc.mem_alloc() < a0 + 200 * 8 * 4)
gc.threshold(-1)

try:
    gc.threshold("a")
except TypeError as e:
    print("TypeError", e)
try:
    gc.threshold(1, 2)
except TypeError:
    print("TypeError")
