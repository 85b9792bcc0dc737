N = 8  # sizes: small=6 normal=8
# Fannkuch (pancake flipping, written for this suite): every permutation of 0..n-1 in
# order of a counting rotation; for each, flip the prefix of length perm[0]+1 until 0
# comes first. Checksum: the maximum flip count and an alternating sum of the counts.


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[: k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if sign > 0 else -flips
        sign = -sign
        while True:
            if r == n:
                return max_flips, checksum
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


print(fannkuch(N))
