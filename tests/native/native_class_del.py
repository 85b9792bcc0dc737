# A native class's __del__ runs before the GC frees an instance, once; close() first
# makes it a no-op. The conservative GC may keep a few instances alive through stale
# words, so the counts are bounds.
import gc
import example

H = example.Handle
print(example.released())
h = H(1)
print(h.id, example.released())
h.close()
h.close()
print(example.released())
h.__del__()
print(example.released())
h = None


def make(n):
    for i in range(n):
        H(i)


base = example.released()
make(50)
for _ in range(3):
    gc.collect()
freed = example.released() - base
print(freed >= 40, freed <= 50)

# Kept alive: not finalised.
keep = [H(i) for i in range(10)]
base = example.released()
gc.collect()
print(example.released() - base, len(keep))
# A Python subclass's instances hold a native part, finalised the same way.


class Sub(H):
    pass


def make_sub(n):
    for i in range(n):
        Sub(i)


base = example.released()
make_sub(20)
gc.collect()
gc.collect()
print(example.released() - base >= 15)
