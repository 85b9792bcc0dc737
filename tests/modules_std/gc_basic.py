# gc: enable/disable/isenabled, collect's result, mem_free/mem_alloc relations.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

n = gc.collect()
print(type(n).__name__, n >= 0)

# Free and allocated memory always add up to the heap's size.
gc.collect()
total = gc.mem_free() + gc.mem_alloc()
a0 = gc.mem_alloc()
big = [0] * 2000
a1 = gc.mem_alloc()
print("alloc grows", a1 - a0 >= 2000 * 4)
print("free shrinks", gc.mem_free() <= total - a1)
print("constant", gc.mem_free() + gc.mem_alloc() == total)

# Dropping lists and collecting gives the memory back: of 20 lists of 500 items made and
# dropped, at most a couple may survive (the collector scans the native stack and frames
# conservatively: a stale copy of a pointer keeps its block, as in MicroPython).
big = None
gc.collect()
a2 = gc.mem_alloc()
for i in range(20):
    x = [i] * 500
x = None
gc.collect()
print("freed", gc.mem_alloc() < a2 + 3 * (500 * 8 + 64))
print("constant", gc.mem_free() + gc.mem_alloc() == total)

# A collection frees garbage: collect reports what it freed.
for i in range(50):
    [i] * 3
print("collect freed", gc.collect() > 0)

for f in (gc.collect, gc.enable, gc.disable, gc.isenabled, gc.mem_free, gc.mem_alloc):
    try:
        f(1)
    except TypeError:
        print("TypeError")
