N = 40000  # sizes: small=1000 normal=40000
# Chaos game with classes (written for this suite): points moved by a random choice among
# affine maps (a fern-like system and a triangle), with a seeded linear congruential
# generator of our own so every interpreter draws the same numbers. Checksum: hit counts
# in a coarse grid and integer-rounded bounds.


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def unit(self):
        return (self.next() >> 8) / 8388608.0


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, m):
        return m.apply(self)


class Affine:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight

    def apply(self, p):
        return Point(self.a * p.x + self.b * p.y + self.e, self.c * p.x + self.d * p.y + self.f)


class Game:
    def __init__(self, maps, rng):
        self.maps = maps
        self.rng = rng
        self.total = sum(m.weight for m in maps)
        self.bounds = [0.0, 0.0, 0.0, 0.0]

    def pick(self):
        r = self.rng.unit() * self.total
        for m in self.maps:
            r -= m.weight
            if r < 0:
                return m
        return self.maps[-1]

    def play(self, steps, grid):
        p = Point(0.0, 0.0)
        counts = [0] * (grid * grid)
        b = self.bounds
        for i in range(steps):
            p = p.moved(self.pick())
            if i < 20:
                continue
            if p.x < b[0]:
                b[0] = p.x
            if p.x > b[1]:
                b[1] = p.x
            if p.y < b[2]:
                b[2] = p.y
            if p.y > b[3]:
                b[3] = p.y
            gx = int((p.x + 3.0) / 6.0 * grid)
            gy = int(p.y / 10.5 * grid)
            if 0 <= gx < grid and 0 <= gy < grid:
                counts[gy * grid + gx] += 1
        return counts


fern = [
    Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 1),
    Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 85),
    Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 7),
    Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 7),
]
tri = [
    Affine(0.5, 0.0, 0.0, 0.5, -1.5, 0.0, 1),
    Affine(0.5, 0.0, 0.0, 0.5, 1.5, 0.0, 1),
    Affine(0.5, 0.0, 0.0, 0.5, 0.0, 5.0, 1),
]
out = []
for maps, seed in ((fern, 42), (tri, 7)):
    g = Game(maps, Lcg(seed))
    counts = g.play(N, 8)
    digest = 0
    for c in counts:
        digest = (digest * 131 + c) % 1000000007
    out.append((sum(counts), digest, [int(v * 100) for v in g.bounds]))
print(out)
