# Frozen modules (tests/frozen, listed in [frozen] of the test boards): a module with
# constants of every kind, functions, closures, generators and a class; a package with a
# subpackage and relative imports; a package frozen under a second name with a module added
# to it; __name__, __file__ and __path__ as MicroPython sets them. Boards without them skip.
try:
    import frz_mod
except ImportError:
    print('SKIP')
    raise SystemExit
import sys
m = frz_mod
print(m.NAME, m.INTS, m.FLOATS)
print(m.TEXT, m.SHORT, m.DATA, m.NESTED)
print(m.BIG, m.BIG[0] == 2**40, m.BIG[1] % 97, -m.BIG[2] == 2**70)
print(m.loaded, m.__name__, m.__file__)
print(m.add(1), m.add(1, 2, 3, 4, scale=2, z=1))
step = m.counter(5)
print(step(), step(10), list(m.squares(5)))
p = m.Point(1, 2)
print(p, p.moved(dx=3), m.Point.ORIGIN, type(p).__name__)
print(sys.modules['frz_mod'] is m, 'frz_mod' in sys.modules)
import frz_mod as again
print(again is m)

import frz_pkg
print(frz_pkg.VERSION, frz_pkg.where)
print(frz_pkg.sub.hello(), frz_pkg.sub.__file__)
from frz_pkg.inner import deep, INNER
print(INNER, deep.DEEP, deep.__name__, deep.__file__)
import frz_pkg.inner as inner
print(inner.__path__, inner.__file__)

import frz_alias.renamed as renamed
import frz_alias
print(renamed.hello('alias'), frz_alias.where)
print(frz_alias.sub is frz_pkg.sub, frz_alias.sub.__name__)

try:
    import frz_pkg.missing
except ImportError as e:
    print('ImportError', e)
