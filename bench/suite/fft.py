N = 13  # sizes: small=6 normal=13
# FFT (written for this suite): iterative radix-2 Cooley-Tukey on separate lists of real
# and imaginary parts, forward then inverse, on 2**N points of a signal built from a
# small integer generator. Checksum: the round-trip error bound and integer-rounded
# spectrum peaks, so single and double precision agree.
import math


def fft(re, im, inverse):
    n = len(re)
    j = 0
    for i in range(1, n):
        bit = n >> 1
        while j & bit:
            j ^= bit
            bit >>= 1
        j |= bit
        if i < j:
            re[i], re[j] = re[j], re[i]
            im[i], im[j] = im[j], im[i]
    size = 2
    sgn = 1.0 if inverse else -1.0
    while size <= n:
        half = size >> 1
        ang = sgn * 2.0 * math.pi / size
        wr = [math.cos(ang * k) for k in range(half)]
        wi = [math.sin(ang * k) for k in range(half)]
        for start in range(0, n, size):
            for k in range(half):
                a = start + k
                b = a + half
                tr = re[b] * wr[k] - im[b] * wi[k]
                ti = re[b] * wi[k] + im[b] * wr[k]
                re[b] = re[a] - tr
                im[b] = im[a] - ti
                re[a] += tr
                im[a] += ti
        size <<= 1
    if inverse:
        for i in range(n):
            re[i] /= n
            im[i] /= n


n = 1 << N
seed = 7
sig = []
for i in range(n):
    seed = (seed * 69069 + 1) & 0xFFFF
    sig.append(float(seed % 16 - 8) + 4.0 * math.sin(2 * math.pi * 5 * i / n))
re = sig[:]
im = [0.0] * n
fft(re, im, False)
mags = [int(math.sqrt(re[i] * re[i] + im[i] * im[i]) + 0.5) for i in range(n // 2)]
peak = max(range(1, n // 2), key=lambda i: mags[i])
fft(re, im, True)
err = max(abs(re[i] - sig[i]) + abs(im[i]) for i in range(n))
print(peak, mags[peak], int(re[0] + 0.5 if re[0] >= 0 else re[0] - 0.5), err < 1e-3)
