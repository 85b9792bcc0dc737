# A recursive radix-2 FFT of 4096 points, repeated (floats, math.sin/cos, lists).
import math

def fft(re, im):
    n = len(re)
    if n == 1:
        return re, im
    er, ei = fft([re[i] for i in range(0, n, 2)], [im[i] for i in range(0, n, 2)])
    orr, oi = fft([re[i] for i in range(1, n, 2)], [im[i] for i in range(1, n, 2)])
    outr = [0.0 for _ in range(n)]
    outi = [0.0 for _ in range(n)]
    h = n // 2
    for k in range(h):
        a = -2 * math.pi * k / n
        c = math.cos(a)
        s = math.sin(a)
        tr = c * orr[k] - s * oi[k]
        ti = c * oi[k] + s * orr[k]
        outr[k] = er[k] + tr
        outi[k] = ei[k] + ti
        outr[k + h] = er[k] - tr
        outi[k + h] = ei[k] - ti
    return outr, outi

n = 4096
re = [math.sin(2 * math.pi * 5 * i / n) + 0.5 * math.cos(2 * math.pi * 40 * i / n) for i in range(n)]
im = [0.0 for _ in range(n)]
for rep in range(3):
    fr, fi = fft(re, im)
print(round(fr[5], 3), round(fi[5], 3), round(fr[40], 3), round(abs(fi[40]), 3))
