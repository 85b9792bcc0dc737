# adding to a set while iterating over it is a RuntimeError, never a crash
s = {1}
try:
    for x in s:
        s.add(x + 1)
except RuntimeError:
    print('RuntimeError')
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError:
    print('RuntimeError')
# __eq__ that changes the set during a lookup
class E:
    def __init__(self, s):
        self.s = s
    def __hash__(self):
        return 5
    def __eq__(self, other):
        self.s.update(range(100, 130))
        return False
s = {5}
e = E(s)
s.add(e)
print(5 in s, e in s, len(s))
