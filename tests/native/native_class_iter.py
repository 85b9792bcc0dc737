# Iteration: __iter__ (returning another native class) and __next__ (Option: None ends).
import example

c = example.Counter(3, 4)
it = c.upto(15)
print(iter(it) is it)
print(list(it), list(it))
for x in c.upto(10):
    print(x, end=" ")
print()
print(list(example.Counter(10, -3).upto(0)))
print(sum(example.Counter(1).upto(100)))
it = c.upto(8)
print(next(it), it.__next__())
try:
    next(it)
except StopIteration:
    print("StopIteration")
try:
    it.__next__()
except StopIteration:
    print("StopIteration")
print(next(it, "done"))
# iter(counter) counts up to LIMIT.
it = iter(example.Counter(5, 100000))
print([next(it) for _ in range(3)], len(list(it)))
a, b, *rest = example.Counter(0, 2).upto(10)
print(a, b, rest)
print(sorted(example.Counter(0, 3).upto(9), reverse=True))
print(max(example.Counter(1).upto(5)), 3 in example.Counter(1).upto(5))
