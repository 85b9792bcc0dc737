# repr of functions, methods and other built-in objects, as MicroPython prints them
# (addresses masked; .exp): native functions are `<function>`, a bound method shows
# its object and its function's repr.
def mask(s):
    out = ''
    run = ''
    for c in s + ' ':
        if c in '0123456789abcdefx':
            run += c
            continue
        out += 'ADDR' if len(run) >= 6 else run
        run = ''
        out += c
    return out[:-1]
class C:
    def m(self):
        pass
    @classmethod
    def c(cls):
        pass
def f():
    pass
def gen():
    yield 1
for v in (len, print, str.upper, [].append, 'a'.upper, dict.fromkeys, C().m, C.c, f, gen,
          object(), super(C, C()), iter([]), range(1, 5, 2), {}.keys()):
    print(mask(repr(v)), mask(str(v)) == mask(repr(v)))
import sys
print(repr(sys.exit), type(len), type(C().m))
