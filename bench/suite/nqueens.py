N = 10  # sizes: small=6 normal=10
# N-queens (written for this suite): all solutions by backtracking over lists and sets,
# then again with bit masks. Checksum: number of solutions and a digest of their columns.


def solve_lists(n):
    cols = [0] * n
    used = set()
    diag1 = set()
    diag2 = set()
    out = []

    def place(r):
        if r == n:
            out.append(tuple(cols))
            return
        for c in range(n):
            if c in used or (r + c) in diag1 or (r - c) in diag2:
                continue
            used.add(c)
            diag1.add(r + c)
            diag2.add(r - c)
            cols[r] = c
            place(r + 1)
            used.remove(c)
            diag1.remove(r + c)
            diag2.remove(r - c)

    place(0)
    return out


def count_bits(n):
    full = (1 << n) - 1

    def go(cols, d1, d2):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | d1 | d2)
        while free:
            bit = free & -free
            free ^= bit
            total += go(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
        return total

    return go(0, 0, 0)


sols = solve_lists(N)
digest = 0
for s in sols:
    for c in s:
        digest = (digest * 31 + c) % 1000003
counts = [count_bits(k) for k in range(1, N + 2)]
print(len(sols), digest, counts)
