# a subclass of list: every method and operator reaches the list inside
class L(list):
    def first(self):
        return self[0]
l = L([3, 1, 2])
l.append(0)
l.sort()
print(l, l.first(), len(l), type(l).__name__, isinstance(l, list))
l.extend([9])
l[1:3] = ['a']
del l[0]
print(l, l.pop(), l.index(9) if 9 in l else -1, l.count('a'))
m = l
l += [7]
print(m is l, type(l).__name__, l)
print(l + [1], type(l + [1]).__name__, l * 2, l == ['a', 2, 7], sorted(L([2, 1])))
print(list(reversed(L([1, 2, 3]))), [x for x in L('ab')])
class M(list):
    def __iadd__(self, other):
        print('own iadd')
        return self
m = M()
m += [1]
print(m)
