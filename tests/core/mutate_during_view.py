# User code run in the middle of a built-in operation mutates the container it walks:
# the operation sees valid objects and finishes (defect: views outliving their buffer).
class Grow:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        # Grow the list far past its capacity while `in` is walking it.
        for i in range(100):
            self.target.append(i)
        return False
    def __hash__(self):
        return 1
l = [Grow(None), 1, 2]
l[0].target = l
print(5000 in l, len(l) > 3)
class Shrink:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        while len(self.target) > 1:
            self.target.pop()
        return False
s = [Shrink(None), 7, 8, 9]
s[0].target = s
print(9 in s, len(s))
class Key:
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        return 7
    def __eq__(self, other):
        for i in range(50):
            self.d[i * 1000] = i
        return False
d = {}
k1 = Key(d)
d[k1] = 'first'
k2 = Key(d)
d[k2] = 'second'
print(len(d) > 2, d[k1], d[k2])
