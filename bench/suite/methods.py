N = 100000  # sizes: small=500 normal=100000
# Method calls and attribute access on class instances (written for this suite): a small
# class hierarchy with overridden methods, super() calls, properties, class attributes,
# bound methods stored and called later, and instance attribute updates. Checksum: state.


class Shape:
    sides = 0
    count = 0

    def __init__(self, size):
        self.size = size
        self.moves = 0
        Shape.count += 1

    def area(self):
        return 0

    def grow(self, d):
        self.size += d
        self.moves += 1
        return self

    def describe(self):
        return self.sides * 1000 + self.area() % 1000


class Square(Shape):
    sides = 4

    def area(self):
        return self.size * self.size


class Rect(Square):
    def __init__(self, size, other):
        super().__init__(size)
        self.other = other

    def area(self):
        return self.size * self.other

    def grow(self, d):
        super().grow(d)
        self.other += 1
        return self


class Tri(Shape):
    sides = 3

    def area(self):
        return self.size * self.size // 2


class Counter:
    def __init__(self):
        self._n = 0

    @property
    def n(self):
        return self._n

    @n.setter
    def n(self, v):
        self._n = v % 100003

    def bump(self, by):
        self.n = self.n + by


shapes = [Square(1), Rect(2, 3), Tri(4), Shape(5)]
growers = [s.grow for s in shapes]
c = Counter()
total = 0
for i in range(N):
    s = shapes[i & 3]
    total += s.describe()
    s.grow(1).grow(-1)
    growers[(i >> 2) & 3](i & 1)
    c.bump(s.size)
    if s.size > 50:
        s.size = 1
total %= 1000000007
print(total, c.n, [(s.size, s.moves) for s in shapes], Shape.count, shapes[1].other)
