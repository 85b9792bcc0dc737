# heapq: heappush, heappop, heapify on lists; the list's order matches CPython's.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1]:
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
    print(h)
print(out)

h = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
heapq.heapify(h)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])

for data in ([], [1], [2, 1], [3, 1, 2], list(range(20, 0, -1)), ['b', 'c', 'a']):
    heapq.heapify(data)
    print(data)

# tuples order by their first item, then the next
h = []
for item in [(2, 'b'), (1, 'z'), (2, 'a'), (0, 'q')]:
    heapq.heappush(h, item)
print([heapq.heappop(h) for _ in range(4)])

# a heap sort of many items
data = [(i * 7919) % 1009 for i in range(300)]
h = []
for x in data:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(300)] == sorted(data))
h = list(data)
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(300)] == sorted(data))
