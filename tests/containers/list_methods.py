# list methods: append extend insert pop remove index count reverse copy clear
l = [1, 2, 3]
l.append(4)
l.extend([5, 6])
l.extend((7,))
l.extend(range(8, 10))
l.extend('ab')
print(l)
l = [1, 2, 3]
l.insert(0, 0)
l.insert(-1, 'x')
l.insert(100, 'end')
l.insert(-100, 'start')
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l = [3, 1, 3, 2, 3]
print(l.count(3), l.count(9), l.index(3), l.index(3, 1), l.index(3, -2), l.index(1, 0, 2))
l.remove(3)
print(l)
l.reverse()
print(l)
c = l.copy()
c.append(0)
print(l, c, c is l)
l.clear()
print(l, len(l), c)
e = []
e.reverse()
print(e, e.copy(), [[1]].copy()[0] is [[1]][0])
# extend with itself, insert into itself
s = [1, 2]
s.extend(s)
print(s)
s.append(s[:])
print(s)
# count and index compare with ==
print([1, True, 1].count(1), [0, False].index(False))
print([1, 2, 3].index(3, -1), [1, 2, 3].index(1, -10, 10))
