# %-formatting with a mapping: %(name)s, mixed with flags; a dict as the only argument.
try:
    '%d' % 1
except TypeError:
    print('SKIP')
    raise SystemExit
d = {'name': 'abc', 'n': 42, 'k (x)': 'paren'}
print('%(name)s has %(n)d, %(n)05d %(n)x' % d)
print('%(name)-6s|%(name)6s|%(k (x))s' % d, '%(n)s%%' % d)
print('%s' % {'a': 1}, '' % {'a': 1}, 'x' % {})
try:
    '%(missing)s' % d
except KeyError:
    print('KeyError')
class M:
    def __getitem__(self, k):
        return k.upper()
print('%(abc)s %(x)s' % M())
