# Float text of any length (double precision): every exact digit of the smallest and
# largest doubles in %f/%e/%g and format specs, precisions past a thousand, widths.
if float('1e39') == float('inf'):
    print('SKIP')
    raise SystemExit


def show(s):
    # Length, both ends, and a checksum of the whole text.
    h = 0
    for c in s:
        h = (h * 31 + ord(c)) % 1000003
    print(len(s), s[:24], s[-36:], h)


for f, v in (('%.1100f', 5e-324), ('%.1074f', 5e-324), ('%.1080f', 2.2250738585072014e-308), ('%.800e', 5e-324),
             ('%.1000g', 5e-324), ('%.800f', 1e300), ('%.800f', -1.7976931348623157e308), ('%#.1000g', 1.5),
             ('%.900e', 1.7976931348623157e308), ('%.760f', 1e-300), ('%.3000f', 0.1), ('%.767e', 5e-324),
             ('%.766e', 5e-324), ('%.900g', 1e300), ('%#.800g', 1e300), ('%-+1200.1100e', 3.0), ('%1500.800f', 1e-5)):
    show(f % v)
for spec in ('.1100f', '.800e', ',.800f', '.900%', '#.800', '0=1200,.900f', '^+2000.1500g', '#.1200'):
    for v in (5e-324, 1e300, -2.5e-310):
        show(('{:' + spec + '}').format(v))
print('%.60f' % 0.1, '%.55g' % 0.1)
print(len(f'{2.5:.20000f}'), f'{-0.0:.1200f}'[-3:], len('%.5000e' % 1e-5))
