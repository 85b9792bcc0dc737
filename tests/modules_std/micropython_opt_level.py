# micropython.opt_level: from 1 asserts are compiled out and __debug__ is False.
import micropython

print(micropython.opt_level(), __debug__)
micropython.opt_level(1)
print(micropython.opt_level())
exec("assert False, 'kept'\nprint('assert dropped', __debug__)")
micropython.opt_level(0)
try:
    exec("assert False, 'kept'")
except AssertionError as e:
    print('AssertionError', e)
exec("print(__debug__)")
micropython.opt_level(2)
print(micropython.opt_level())
micropython.opt_level(0)
