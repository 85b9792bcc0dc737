# Methods of a native class: &self and &mut self, signatures, static and class methods,
# class constants.
import example

C = example.Counter


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


c = C(10, 5)
print(c.incr(), c.incr(), c.value)
print(c.add(), c.add(2), c.add(1, times=3), c.add(times=2))
m = c.incr
print(m(), c.value)
print(C.incr(c), C.add(c, 1))
# Errors.
t(lambda: c.incr(1))
t(lambda: c.add(1, 2))
t(lambda: c.add(n="x"))
t(lambda: c.add(k=1))
t(lambda: C.incr(5))
t(lambda: C.incr())
t(lambda: C.incr(example.Bag(1)))
t(lambda: c.nothing())
# LimitError from a &mut self method: the value is unchanged.
d = C(C.LIMIT - 1)
t(lambda: d.incr())
t(lambda: d.incr())
print(d.value == C.LIMIT)
# Static and class methods, from the class and from an instance.
print(C.zero(), c.zero(), C.of(4), c.of(5))
t(lambda: C.zero(1))
t(lambda: C.of())
# Class constants.
print(C.LIMIT, c.LIMIT, example.Bag.CAPACITY)
# A class's docs are kept where the board keeps functions' docs (else None).
docs = C.incr.__doc__ is not None
print(C.incr.__name__, C.__doc__ == ("A counter: `Counter(start=0, step=1)`." if docs else None))
