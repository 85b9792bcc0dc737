# collections.deque beyond MicroPython's arguments, as CPython has it: no arguments, an
# iterable only, maxlen by keyword, the maxlen attribute, extend with itself.
from collections import deque

d = deque()
for i in range(50):
    d.append(i)
    d.appendleft(-i)
print(len(d), d[0], d[-1], d.maxlen, list(d)[48:52])
print(list(deque([1, 2, 3])), deque([1, 2], maxlen=4).maxlen, list(deque(maxlen=2)), deque(range(5), 3).maxlen)
d = deque([1, 2, 3])
d.extend(d)
print(list(d))
d = deque(range(10), maxlen=4)
print(list(d), d.popleft(), d.pop(), list(d))
print(list(reversed(deque([1, 2, 3], 3))))
try:
    deque([1], maxlen=-1)
except ValueError:
    print("ValueError")
