# list.sort and sorted(): key=, reverse=, stability
l = [3, 1, 2]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff']
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y'), (1, 'c')]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
big = [(i * 7919) % 101 for i in range(200)]
s = sorted(big)
print(s == sorted(s), s[:5], s[-5:], len(s))
print(sorted(range(50), key=lambda x: x % 3)[:20])
print(sorted('hello'), sorted((3, 2, 1)), sorted({3: 0, 1: 0}), sorted([]))
print(sorted([[2], [1, 2], [1]]), sorted([True, False, 0, 1]))
l = [5, 4, 3]
print(l.sort(), l, sorted(l) is l)
try:
    [1, 'a'].sort()
except TypeError:
    print('TypeError compare')
try:
    sorted([1], 1)
except TypeError:
    print('TypeError positional')
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'K' + str(self.v)
print(sorted([K(3), K(1), K(2)]), sorted([K(2), K(1)], reverse=True))
