# collections.deque as MicroPython has it: deque(iterable, maxlen[, flags]), append,
# appendleft, pop, popleft, extend, len, truth, iteration, indexing, in.
from collections import deque


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = deque((), 3)
print(d, len(d), bool(d), list(d))
d.append(1)
d.append(2)
d.appendleft(0)
print(list(d), len(d), bool(d), d[0], d[-1], 2 in d, 5 in d)
d.append(3)  # full: drops the leftmost
print(list(d))
d.appendleft(9)  # full: drops the rightmost
print(list(d))
print(d.pop(), d.popleft(), list(d), d.pop(), list(d), len(d), bool(d))
t(lambda: d.pop())
t(lambda: d.popleft())

d = deque([1, 2, 3], 5)
d.extend([4, 5, 6])
print(list(d), d[0], d[4], d[-5])
d[1] = "x"
print(list(d), [x for x in d], sum(1 for x in d))
t(lambda: d[5])
t(lambda: d[-6])
t(lambda: d[0:1])


def delete():
    del d[0]


t(delete)
print(list(deque([1, 2, 3, 4], 2)), list(deque("abc", 10)), list(deque([1, 2, 3], 0)))

# A long deque wraps around its ring many times.
d = deque((), 4)
for i in range(100):
    d.append(i)
    if i % 3 == 0:
        d.popleft()
print(list(d))
d = deque((), 1000)
for i in range(500):
    d.appendleft(i)
print(len(d), d[0], d[-1], d.pop(), d.popleft())

# flags=1: a full deque raises instead of dropping.
d = deque([], 2, 1)
d.append(1)
d.append(2)
t(lambda: d.append(3))
t(lambda: d.appendleft(3))
print(list(d))

t(lambda: deque([1], -1))
t(lambda: deque(5, 2))
t(lambda: deque([1], "a"))
t(lambda: deque([1], 2).extend(5))
t(lambda: deque([1], 2).append())
t(lambda: hash(deque([], 1)))
