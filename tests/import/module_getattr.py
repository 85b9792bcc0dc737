# A Python module's __getattr__(name) answers for the names it lacks (PEP 562, MicroPython's
# MICROPY_MODULE_GETATTR); boards without files skip.
import sys

sys.path.append("modules")
try:
    import imptest_getattr as m
except ImportError:
    print("SKIP")
    raise SystemExit
print(m.X, m.dyn_abc, getattr(m, "dyn_"))
print(hasattr(m, "dyn_x"), hasattr(m, "other"), getattr(m, "other", "default"))
try:
    m.other
except AttributeError as e:
    print("AttributeError", e)
from imptest_getattr import dyn_q

print(dyn_q)
# Not a package: ImportError, as CPython (MicroPython lets __getattr__'s AttributeError for
# `__path__` escape).
try:
    import imptest_getattr.sub
except ImportError:
    print("ImportError")
