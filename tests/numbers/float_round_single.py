# round(x, n) at single precision: MicroPython's rint(x * 10**n) / 10**n in float, so a
# product that rounds onto a tie goes to even from there (2.675 * 100 is 267.5 in float).
# Where 10**n overflows or underflows (MicroPython's nan) the result is CPython's.
if float('1e39') != float('inf'):
    print('SKIP')
    raise SystemExit
print(round(2.675, 2), round(0.285, 2), round(0.125, 2), round(-0.125, 2), round(1.005, 2))
print(round(1234.5, -2), round(1250.0, -2), round(-1350.0, -2), round(15.0, -1), round(3.14159, 3))
print(round(0.5, 5), round(-0.0, 1), round(1e-30, 2), round(7.25, 1), round(7.35, 1))
print(round(1.5, 400), round(-1.5, 400), round(2.5, -400), round(-2.5, -400), round(3.0e38, 2))
print(round(float('inf'), 2), round(float('-inf'), -1), round(float('nan'), 3))
print(round(0.5), round(1.5), round(2.5), round(-2.5), round(1e7 + 0.5), type(round(2.5, 0)).__name__)
