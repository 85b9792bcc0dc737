# str.format field names: indices into arguments, attributes, chained lookups.
print('{0[0]} {0[1]} {1[k]}'.format(['a', 'b'], {'k': 'v'}))
print('{x[1][0]} {0[2]}'.format('abc', x=[0, ['deep']]))
class C:
    attr = 'A'
    def __init__(self):
        self.inner = self
        self.items = [10, 20]
c = C()
print('{0.attr} {0.inner.attr} {0.items[1]} {c.items[0]}'.format(c, c=c))
print('{[1]}'.format('xy'), '{.attr}{.attr}'.format(c, c))
d = {'1': 'str key', 'a b': 'spaced'}
print('{0[a b]}'.format(d))
t = (1, (2, 3))
print('{0[1][1]}'.format(t))
for f, a in (('{0[5]}', ['a']), ('{0.missing}', c), ('{0[x]}', {'y': 1})):
    try:
        f.format(a)
    except (IndexError, AttributeError, KeyError) as e:
        print(type(e).__name__)
