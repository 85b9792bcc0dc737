# A Mandelbrot loop over a 120x60 grid (float arithmetic and comparisons).
def mandel(w, h, iters):
    total = 0
    for j in range(h):
        ci = -1.2 + 2.4 * j / h
        for i in range(w):
            cr = -2.0 + 3.0 * i / w
            zr = 0.0
            zi = 0.0
            n = 0
            while n < iters and zr * zr + zi * zi < 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            total += n
    return total

print(mandel(120, 60, 200))
