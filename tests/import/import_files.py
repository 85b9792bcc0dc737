# Modules and packages from .py files on sys.path: dotted, relative, `from . import`,
# `import *` with __all__, __import__, sys.modules, errors; boards without files skip.
import sys
sys.path.append('modules')
try:
    import imptest_plain
except ImportError:
    print('SKIP')
    raise SystemExit
import imptest_plain as p2
print(imptest_plain.X, imptest_plain.f(), imptest_plain is p2)
import imptest_pkg.mod_a
print(imptest_pkg.mod_a.A, imptest_pkg.VALUE)
from imptest_pkg import mod_b, helper
print(mod_b.B, helper())
from imptest_pkg.sub.deep import D
print(D)
import imptest_pkg.sub.deep as dp
print(dp.D)
from imptest_pkg import *
print(VALUE, helper())
print('imptest_pkg' in sys.modules, 'imptest_pkg.sub.deep' in sys.modules)
try:
    import nonexistent_mod
except ImportError as e:
    print('ImportError', e)
try:
    from imptest_pkg import nothing_here
except ImportError as e:
    print('ImportError', e)
try:
    from imptest_plain import nothing_here
except ImportError as e:
    print('ImportError', e)
try:
    import imptest_bad
except ValueError as e:
    print('ValueError', e, 'imptest_bad' in sys.modules)
m = __import__('imptest_pkg.mod_b')
print(m.__name__)
print(__name__)
