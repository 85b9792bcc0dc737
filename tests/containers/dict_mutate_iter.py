# changing a dict's size while iterating over it is a RuntimeError, never a crash
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print('RuntimeError', e)
print(len(d) > 2)
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d.keys():
        del d[k]
except RuntimeError as e:
    print('RuntimeError', e)
d = {1: 1, 2: 2}
for k in d:
    d[k] = 'v'
print(d)
# __eq__ that grows the dict in the middle of a lookup
class Grow:
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        return 1
    def __eq__(self, other):
        for i in range(100, 140):
            self.d[i] = i
        return False
d = {}
d[1] = 'one'
g = Grow(d)
d[g] = 'g'
print(d[1], d[g], len(d))
