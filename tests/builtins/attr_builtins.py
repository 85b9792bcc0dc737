# getattr, setattr, delattr, hasattr
class C:
    a = 1
    @property
    def p(self):
        raise AttributeError('no p')
c = C()
print(getattr(c, 'a'), getattr(c, 'b', 'dflt'), hasattr(c, 'a'), hasattr(c, 'b'), hasattr(c, 'p'))
setattr(c, 'b', 2)
print(c.b, getattr(c, 'b'), hasattr(c, 'b'))
delattr(c, 'b')
print(hasattr(c, 'b'), getattr(C, 'a'), hasattr([], 'append'), hasattr(1, 'nope'))
name = 'a'
print(getattr(c, name))
for f in (lambda: getattr(c, 'zz'), lambda: delattr(c, 'zz'), lambda: setattr(1, 'x', 2)):
    try:
        f()
    except AttributeError:
        print('AttributeError')
for f in (lambda: getattr(c, 1), lambda: hasattr(c, None), lambda: setattr(c, 2, 0)):
    try:
        f()
    except TypeError:
        print('TypeError')
