# Floats through format specs and %-formatting (the float formatter's digits, padded and
# signed by the str formatting code). Values are exact in single precision too, with no
# rounding ties that CPython (half to even) and MicroPython's single precision (half up)
# break differently; numbers/float_format_single.py has single precision's own digits.
# `#` (the alternate form) is in numbers/float_format.py: MicroPython's single-precision
# floats ignore it.
for spec in ('', '.2f', 'f', 'e', '.3e', 'E', 'g', '.3g', 'G', '%', '.1%', '10.2f', '<10.1f', '^10.1f', '=+10.2f', '+.1f', ' .1f', '010.3f', '*>12.2e', ',.1f', '_.2f', '015,.1f', '.0f', '.3', '8'):
    print(repr(spec), ('{:' + spec + '}').format(1234.75), ('{:' + spec + '}').format(-0.375), ('{:' + spec + '}').format(3.5))
print('%f|%.2f|%10.3f|%-10.1f|%+.1e|%08.2f|%.0f|%g|%G|%e|%E' % (0.5, 1.25, -2.5, 3.75, 1024.0, -3.5, 1.5, 0.0001, 1e-10, 1.0, 2.0))
print('%f %e %g' % (1, 2, 3), '{:f}'.format(7), '{:.2%}'.format(1), '{:e}'.format(0))
print('{:f}|{:e}|{:G}|{:10.2f}|{:<6}|{:+}'.format(float('nan'), float('-inf'), float('nan'), float('inf'), float('inf'), float('inf')))
print('%d %i' % (3.75, -2.5), '%s %r' % (0.5, -1.5), '{} {!r} {!s}'.format(0.5, 1e10, 1.5))
# Any precision in full (CPython's); single precision stops at MicroPython's 33 characters.
single = float('1e39') == float('inf')
print(502 if single else len('%.500f' % 1.5), ('%.500f' % 1.5)[-3:], ('{:.300e}'.format(2.5))[-6:])
for f in (lambda: '{:d}'.format(1.5), lambda: '{:x}'.format(0.5), lambda: '{:s}'.format(0.5), lambda: '{:c}'.format(0.5), lambda: '{:,e}'.format(0.5) and 'ok'):
    try:
        print(f())
    except ValueError:
        print('ValueError')
for f in (lambda: '%f' % 'a', lambda: '{:f}'.format('a'), lambda: '%c' % 1.5):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
