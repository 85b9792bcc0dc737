# sys.implementation: name, version, and MicroPython's _build; what sys always has
import sys
impl = sys.implementation
print(impl[0], type(impl[1]).__name__, len(impl[1]) >= 3)
print(impl.name, impl.version[0] >= 1)
print(isinstance(impl._build, str), len(impl._build) > 0)
print(isinstance(impl._machine, str))
print(type(sys.argv).__name__, type(sys.path).__name__, '' in sys.path)
print(type(sys.modules).__name__)
print(sys.byteorder, sys.maxsize > 0, sys.version_info[0])
print(sys.version.startswith('3.4.0'))
try:
    impl._nope
except AttributeError:
    print('AttributeError')
