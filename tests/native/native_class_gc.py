# The GC keeps the Python objects a native instance holds alive, without rooting: the
# instance's block is scanned like any other (run under gc-stress too).
import gc
import example

bags = []
for i in range(20):
    b = example.Bag(8)
    for j in range(8):
        b[j] = [i, j, "x" * j]
    bags.append(b)
gc.collect()
junk = [[k] * 10 for k in range(200)]
gc.collect()
ok = all(bags[i][j] == [i, j, "x" * j] for i in range(20) for j in range(8))
print(ok)
# Only the bag refers to the list.
b = example.Bag(1)
b[0] = bytearray(b"kept")
for k in range(300):
    junk = str(k) * 5
gc.collect()
print(b[0])
# Counters and iterators made in a loop.
total = 0
for k in range(200):
    total += sum(example.Counter(k, 1).upto(k + 3))
print(total)
# Instances of subclasses and their native parts.


class Sub(example.Bag):
    pass


s = Sub(2)
s[0] = {"a": [1, 2]}
gc.collect()
print(s[0])
