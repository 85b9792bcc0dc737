# gc.disable(): allocation still works and collect() still collects when asked.
import gc

gc.collect()
gc.disable()
a0 = gc.mem_alloc()
keep = []
for i in range(100):
    keep.append([i] * 4)
print("allocates while disabled", gc.mem_alloc() > a0)
print(sum(len(x) for x in keep))
a1 = gc.mem_alloc()
keep = None
print("no automatic collection", gc.mem_alloc() >= a1)
gc.collect()
print("manual collect frees", gc.mem_alloc() < a1)
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

# Disabled, garbage piles up until the heap is full, then MemoryError (no collection).
gc.disable()
try:
    while True:
        [0] * 100
except MemoryError:
    print("MemoryError while disabled")
gc.enable()
x = [0] * 100  # an automatic collection makes room again
print(len(x))
