# Submodules: a nested #[mp_module] is an attribute of its parent and importable by its
# dotted name; it is not a top-level module.
try:
    import convtest
except ImportError:
    print("SKIP")
    raise SystemExit


import sys

docs = "A submodule: `import convtest.sub`, `convtest.sub`." if convtest.buf.__doc__ else None
print(convtest.sub, convtest.sub.__name__, convtest.sub.__doc__ == docs)
print(convtest.sub.hello(), convtest.sub.DEPTH)
print(convtest.sub.deeper, convtest.sub.deeper.DEPTH)

import convtest.sub

print(convtest.sub.hello())
import convtest.sub.deeper as d

print(d is convtest.sub.deeper, d.DEPTH)
from convtest.sub import hello, DEPTH

print(hello(), DEPTH)
from convtest import sub

print(sub is convtest.sub)
print("convtest.sub" in sys.modules, "convtest.sub.deeper" in sys.modules)

try:
    import sub
except ImportError as e:
    print("ImportError", e)
try:
    import convtest.nothing_here
except ImportError as e:
    print("ImportError", e)
try:
    from convtest.sub import missing
except ImportError as e:
    print("ImportError", e)
