# filter(function or None, iterable) and reversed(sequence)
print(list(filter(None, [0, 1, '', 'a', [], [2], None])), list(filter(lambda x: x % 2, range(7))))
f = filter(None, iter([0, 5]))
print(next(f), next(f, 'end'), iter(f) is f)
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed([])), list(reversed(range(2, 8, 3))))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
class Own:
    def __reversed__(self):
        return iter('own')
print(list(reversed(Own())))
l = [1, 2, 3, 4]
out = []
for x in reversed(l):
    out.append(x)
    if x == 4:
        l.clear()
print(out)
print(list(reversed({1: 'a', 3: 'b', 2: 'c'})), list(reversed({})))
for f in (lambda: reversed(5), lambda: reversed({1, 2}), lambda: filter(None, 1)):
    try:
        f()
    except TypeError:
        print('TypeError')
