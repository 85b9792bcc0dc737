# Integer arguments of every width: the range of each, MicroPython's OverflowError past it,
# TypeError for what is not an int (convtest, a test-only native module).
try:
    import convtest
except ImportError:
    print("SKIP")
    raise SystemExit


def show(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)


for name, lo, hi in [
    ("i8", -128, 127),
    ("i16", -32768, 32767),
    ("i32", -(2**31), 2**31 - 1),
    ("i64", -(2**63), 2**63 - 1),
    ("u8", 0, 255),
    ("u16", 0, 65535),
    ("u32", 0, 2**32 - 1),
    ("u64", 0, 2**64 - 1),
]:
    f = getattr(convtest, name)
    print(name, f(lo) == lo, f(hi) == hi, f(0), f(1))
    show(f, lo - 1)
    show(f, hi + 1)
    show(f, 2**100)
    show(f, -(2**100))

# isize and usize are the machine word.
try:
    convtest.isize(2**40)
    bits = 64
except OverflowError:
    bits = 32
print(convtest.isize(2 ** (bits - 1) - 1) == 2 ** (bits - 1) - 1, convtest.isize(-(2 ** (bits - 1))) == -(2 ** (bits - 1)))
print(convtest.usize(2**bits - 1) == 2**bits - 1)
show(convtest.isize, 2 ** (bits - 1))
show(convtest.isize, -(2 ** (bits - 1)) - 1)
show(convtest.usize, -1)
show(convtest.usize, 2**bits)

# bool is an int; nothing else converts.
print(convtest.i32(True), convtest.u8(False))
show(convtest.i32, 1.5)
show(convtest.i32, "1")
show(convtest.u8, None)
show(convtest.i64, [1])
show(convtest.u64, b"")


# An int subclass converts by its value.
class MyInt(int):
    pass


print(convtest.i16(MyInt(-7)), convtest.u32(MyInt(7)))

# Argument counts: MicroPython's messages.
show(convtest.i8)
show(convtest.i8, 1, 2)
show(lambda: convtest.i8(v=1))
