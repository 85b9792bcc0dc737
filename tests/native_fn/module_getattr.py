# A module-level __getattr__(name) answers for the attributes the module does not have
# (MicroPython's MICROPY_MODULE_GETATTR).
try:
    import convtest
except ImportError:
    print("SKIP")
    raise SystemExit


print(convtest.lazy_x, convtest.lazy_abcd, getattr(convtest, "lazy_"))
print(hasattr(convtest, "lazy_y"), hasattr(convtest, "other"))
print(getattr(convtest, "other", "default"))
try:
    convtest.other
except AttributeError as e:
    print("AttributeError", e)
# Real attributes do not go through it.
print(convtest.NAME, convtest.__name__)
print(callable(convtest.__getattr__))
from convtest import lazy_four

print(lazy_four)
