# str.format: automatic, numbered and named fields, conversions, braces.
print('{} {} {}'.format(1, 'a', None), '{0} {1} {0}'.format('x', 'y'), '{2}{1}{0}'.format(1, 2, 3))
print('{a}-{b}'.format(a=1, b='two'), '{0}{a}{1}'.format(1, 2, a='A'), '{}'.format('extra', 'ignored'))
print('{!r} {!s} {!a}'.format('q', 'q', 'q\u00e9'), '{0!r:>6}|'.format('a'))
print('{{}} {{{}}} }}{{'.format(5), '{{'.format(), 'plain'.format(1, k=2))
print('{}'.format([1, 'x']), '{}'.format((1,)), '{}'.format(True), '{:}'.format(1))
print('{} {}'.format('\u00e9', '\u20ac'), '{:3}|'.format('\u00e9'))
class P:
    def __str__(self):
        return 'str-P'
    def __repr__(self):
        return 'repr-P'
print('{} {!r} {!s}'.format(P(), P(), P()))
print('{0:{1}}|{0:>{w}}|'.format(7, 3, w=5), '{:{}{}}|'.format(7, '>', 4))
print('{:{fill}^{width}}'.format('mid', fill='*', width=9))
