# heapq: MicroPython's errors (a list only, empty heap), comparisons that raise, and
# items whose __lt__ is Python code.
import heapq

for f, args in [(heapq.heappop, ([],)), (heapq.heappush, ((), 1)), (heapq.heapify, (1,)),
                (heapq.heappop, ((1,),))]:
    try:
        f(*args)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    heapq.heappush([1], 'a')
except TypeError:
    print('TypeError')
try:
    heapq.heappop()
except TypeError:
    print('TypeError')


class Item:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v  # a max-heap


h = []
for v in [3, 9, 1, 7]:
    heapq.heappush(h, Item(v))
print([heapq.heappop(h).v for _ in range(4)])


class Shrink:
    def __init__(self, v, heap):
        self.v = v
        self.heap = heap

    def __lt__(self, other):
        self.heap.clear()
        return True


h = []
h.extend([Shrink(v, h) for v in range(6)])
# the list emptied under the sift: an error or not, but no crash
try:
    heapq.heapify(h)
except (IndexError, RuntimeError):
    pass
print(len(h))
