# Special methods of a native class: __repr__, comparisons, __hash__, __bool__, arithmetic,
# __call__; operators it lacks raise MicroPython's TypeError.
import example

C = example.Counter


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


c = C(7, 3)
print(c, repr(c), str(c), [c], "%s" % (c,))
print(c == C(7, 3), c == C(7, 2), c != C(7, 2), c != C(7, 3), c == 7)
print(c < C(8), C(8) < c, c > C(1), C(1) > c)
print(hash(c), hash(C(-5)), {c: 1}[C(7, 3)])
print(bool(c), bool(C()), not C(), "yes" if C(1) else "no")
print(c + 10, -c, c)
print(c(5), c(1), c.value)
# Missing operators.
t(lambda: c - 1)
t(lambda: c * 2)
t(lambda: 1 - c)
t(lambda: ~c)
t(lambda: c <= C(1))
t(lambda: c < 3)
t(lambda: len(c))
t(lambda: c[0])
t(lambda: c + "x")
t(lambda: c())
# A native object without __repr__ prints with its address.
it = C(1).upto(2)
print(repr(it).startswith("<CountIter object at 0x"))
