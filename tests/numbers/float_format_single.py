# Float text at single precision is MicroPython's (py/formatfloat.c with `float`): repr,
# str, %-formatting and format specs (e f g %, precision, sign, width, alignment) and
# float(). Its digits are computed in `float`, so they are not CPython's: repr(1/3) is
# 0.3333334, %.9g stops at 7 correct digits, long precisions are cut at 33 characters.
if float('1e39') != float('inf'):
    print('SKIP')
    raise SystemExit
vals = [0.1, 0.5, 1.0, 1.5, 2.5, 10.0, 100.0, 0.001, 123.456, 1234.5, 99999.95, 1e-05, 3.14159, 65536.0]
vals += [1e10, 1e20, 1e30, 3.4e38, 2e-38, 7.0, 0.3, 12345678.0, 1 / 3, 2 / 3, 1 / 7, 10 / 3]
for v in vals:
    print(repr(v), str(-v), '%e' % v, '%.3e' % v, '%f' % v, '%.2f' % v, '%.0f' % v, '%g' % v, '%.3g' % v, '%.9g' % v)
    print('{:.1%}'.format(v), '{:E}'.format(v), '{:G}'.format(v), '{:.4f}'.format(v), '{:+.2e}'.format(v), '{: .3g}'.format(v))
print('%.12f' % 0.1, '%.15e' % (1 / 3), '%.20g' % (2 / 3), '%.30f' % 1.5)
print('%10.3f|%-10.2e|%+08.2f|%010.1f' % (3.14159, 0.001, 2.5, -7.25))
print('{:>12.4g}|{:<12.3e}|{:^12.2f}|{:=+12.1f}|{:*>10.0%}'.format(1 / 3, 1e10, 2.5, -1.5, 0.25))
print(float('1e-45'), float('3.4028235e38'), float('1e129'), float('16777217'), float('-2.5e-3'))
print([float(s) for s in ('0.1', '1.1', '3.14159', '2.5e-3', '1e10', '1234567.9', '0.30000001')])
print([float(repr(v)) == v for v in (0.1, 0.5, 1 / 3, 10 / 3)])
print(1.0, -0.0, 1e16, 1e15, 123456789.0, float('inf'), -float('inf'), float('nan'))
# `#` (the alternate form) is ignored, as MicroPython's floats ignore it.
print('{:#.0f}'.format(1234.75), '{:#g}'.format(3.5), '%#.0f' % 2.0, '%#g' % 3.5, '{:#.3e}'.format(0.5), '%#.3g' % 1.0)
