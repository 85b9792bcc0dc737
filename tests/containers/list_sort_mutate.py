# a key or __lt__ that changes the list during sort: ValueError, never a crash
l = [3, 1, 2]
def key(x):
    l.append(x)
    return x
try:
    l.sort(key=key)
except ValueError as e:
    print('ValueError', e)
print(l)
l = [3, 1, 2, 5, 4]
def clear_key(x):
    l.clear()
    return -x
try:
    l.sort(key=clear_key)
except ValueError as e:
    print('ValueError', e)
print(l)
# an exception from the key leaves every item in the list
l = [3, 1, 2]
def bad(x):
    if x == 2:
        raise KeyError(x)
    return x
try:
    l.sort(key=bad)
except KeyError:
    print('KeyError')
print(sorted(l))
# an exception from __lt__ in the middle of a long sort
class C:
    n = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        C.n += 1
        if C.n == 50:
            raise RuntimeError('stop')
        return self.v < o.v
items = [C((i * 37) % 41) for i in range(40)]
try:
    items.sort()
except RuntimeError:
    print('RuntimeError')
print(len(items), len(set(c.v for c in items)))
# during the sort the list looks empty
seen = []
l = [2, 1]
l.sort(key=lambda x: seen.append(len(l)) or x)
print(seen, l)
