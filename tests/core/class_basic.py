# Classes: class and instance attributes, methods, __init__, del, type(), __name__, nesting.
class Point:
    dims = 2
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
    class Inner:
        tag = 'inner'
p = Point(3, -4)
print(p.x, p.y, p.dims, Point.dims, p.norm1(), Point.norm1(p))
p.z = 5
print(p.z, hasattr(p, 'z'), getattr(p, 'w', 'none'))
del p.z
print(hasattr(p, 'z'))
try:
    del p.z
except AttributeError:
    print('AttributeError on del')
try:
    p.missing
except AttributeError:
    print('AttributeError on load')
Point.dims = 3
print(p.dims, Point.Inner.tag, Point.__name__, type(p).__name__, type(p) is Point)
print(p.__class__ is Point, isinstance(p, Point), isinstance(3, Point))
setattr(p, 'q', 1)
print(p.q)
m = p.norm1
print(m())
class Empty:
    pass
e = Empty()
print(type(e).__name__, isinstance(e, object))
try:
    Empty(1)
except TypeError:
    print('TypeError')
def make():
    class Local:
        def who(self):
            return 'local'
    return Local()
print(make().who())
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
Counter(); Counter()
print(Counter.count)
