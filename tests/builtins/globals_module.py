# globals() in an imported module is that module's dict, at module level, in its functions
# and generators, also when called from here; locals() in a function is the caller's
# namespace (MicroPython's), here __main__'s (.exp).
import sys
sys.path.append('modules')
try:
    import imptest_ns as m
except ImportError:
    print('SKIP')
    raise SystemExit
print(m.G is m.__dict__, m.L is m.__dict__, m.g() is m.__dict__, 'X' in m.g())
print(next(m.gen()) is m.__dict__, m.g() is globals())
print(m.l() is globals(), m.l() is m.__dict__)
# A function of this module called from the other one still sees this module.
def here():
    return globals()
print(m.run(here) is globals(), m.run(m.g) is m.__dict__)
print(eval('X', m.__dict__), eval('globals()', m.__dict__) is m.__dict__)
print(m.g.__globals__ is m.__dict__, here.__globals__ is globals())
