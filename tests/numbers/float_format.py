# Float formatting at double precision: %-formatting, format() and f-strings (e f g % ,).
if float('1e39') == float('inf'):
    print('SKIP')
    raise SystemExit
print('%.3f %e %g %10.2f|%-8.3g|%+.1f %E %G %%' % (3.14159, 12345.678, 1e-5, 2.5, 1e10, 2.25, 1e-300, 1e300))
print(format(2.5, '.2f'), f'{1.5:>8.2f}|', format(1234567.891, ','), format(0.5, '%'), format(1.0, 'g'))
print(format(12.0, '.3e'), format(1.0), format(3.0, '.3'), format(1e20, '.3'), format(float('nan'), 'F'))
print('{:08.3f}'.format(-3.14159), '%.0f %.0f %.1f %.2f' % (0.5, 1.5, 0.25, 2.675), '%s %r' % (0.1, 1e16))
print(format(2**70, '.3e'), format(1e-7, ''), '%#.3g' % 1.0, '%#.0f' % 2.0, '%.10g' % (1 / 3), '%g' % 123456789.0)
print('{:,.2f}'.format(1234567.891), '{:_}'.format(1e6), '{:+g}'.format(0.0), '{: .3f}'.format(1.0), '{:^12.4e}|'.format(-1.5))
print('%.20f' % 0.1, '%.17g' % 0.1, '%.0e' % 15.0, '%.3g' % 0.0001234, '%g' % 1e-4, '%g' % 1e-5, '%G' % float('-inf'))
print('%5.1f|%-7.2f|%07.2f|%+07.1f' % (3.14159, 2.5, -1.5, 2.25), '%x' % 255 if True else '')
print(f'{2.5:.0f} {3.5:.0f} {-0.0:.1f} {1e300 * 1e300} {1e-320:.3e}')
for spec in ('#.0f', '#g', '#.3e', '#', '#.2%'):
    print(repr(spec), ('{:' + spec + '}').format(1234.75), ('{:' + spec + '}').format(-0.375), ('{:' + spec + '}').format(3.5))
