N = 20000  # sizes: small=200 normal=20000
# N-body (written for this suite): five bodies of made-up masses and orbits under
# gravity, leapfrog-style steps on lists of floats. Checksum: the energy before and after,
# rounded so that single precision, double precision and CPython print the same digits.

DT = 0.01


def make_bodies():
    # x, y, z, vx, vy, vz, mass
    return [
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 40.0],
        [5.0, 0.0, 0.1, 0.0, 2.8, 0.0, 0.04],
        [0.0, 9.0, -0.2, -2.1, 0.0, 0.05, 0.01],
        [-13.0, 1.0, 0.0, 0.1, -1.75, 0.0, 0.002],
        [2.0, -20.0, 0.5, 1.4, 0.2, -0.02, 0.0005],
    ]


def offset(bodies):
    px = py = pz = 0.0
    for b in bodies:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    sun = bodies[0]
    sun[3] = -px / sun[6]
    sun[4] = -py / sun[6]
    sun[5] = -pz / sun[6]


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        b = bodies[i]
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
        for j in range(i + 1, n):
            c = bodies[j]
            dx = b[0] - c[0]
            dy = b[1] - c[1]
            dz = b[2] - c[2]
            e -= b[6] * c[6] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(bodies, steps):
    pairs = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            pairs.append((bodies[i], bodies[j]))
    for _ in range(steps):
        for b, c in pairs:
            dx = b[0] - c[0]
            dy = b[1] - c[1]
            dz = b[2] - c[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = DT / (d2 * d2 ** 0.5)
            bm = b[6] * mag
            cm = c[6] * mag
            b[3] -= dx * cm
            b[4] -= dy * cm
            b[5] -= dz * cm
            c[3] += dx * bm
            c[4] += dy * bm
            c[5] += dz * bm
        for b in bodies:
            b[0] += DT * b[3]
            b[1] += DT * b[4]
            b[2] += DT * b[5]


bodies = make_bodies()
offset(bodies)
e0 = energy(bodies)
advance(bodies, N)
e1 = energy(bodies)
print("%.4f %.4f %.2f" % (e0, e1, bodies[1][0]))
