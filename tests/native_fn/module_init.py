# A native module's __init__() runs once, on the first import (MicroPython's
# MICROPY_MODULE_BUILTIN_INIT); a later import finds it in sys.modules.
try:
    import convtest
except ImportError:
    print("SKIP")
    raise SystemExit


import sys

n = convtest.inits()
print(n >= 1)
import convtest

print(convtest.inits() == n)


def f():
    import convtest

    return convtest.inits()


print(f() == n)
# Forgotten by sys.modules, it is imported afresh: __init__ runs again.
del sys.modules["convtest"]
import convtest

print(convtest.inits() == n + 1)
# The module's docs are kept where the board keeps functions' docs (else None).
print(convtest.__doc__ == ("Conversion tests." if convtest.buf.__doc__ else None))
