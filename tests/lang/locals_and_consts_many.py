# Functions with more local variables than the one-byte load/store forms cover (16) and
# more constants than the short constant form (256): every slot and constant reads back,
# and an unbound local is an error whichever form reads it.
src = "def many(p0, p1):\n"
for i in range(2, 24):
    src += "    p%d = p%d * 2 + %d\n" % (i, i - 2, i)
src += "    return [" + ", ".join("p%d" % i for i in range(24)) + "]\n"
g = {}
exec(src, g)
print(g["many"](1, 2))
consts = "def consts():\n    return [" + ", ".join("%d.5" % i if i % 3 else "'c%d'" % i for i in range(300)) + "]\n"
exec(consts, g)
r = g["consts"]()
print(len(r), r[0], r[1], r[255], r[256], r[299])


def unbound(n, first):
    if n:
        a0 = 1
        a1 = a2 = a3 = a4 = a5 = a6 = a7 = a8 = a9 = a10 = a11 = a12 = a13 = a14 = a15 = a16 = a17 = 2
    if first:
        return a0 + a17
    return a17 + a0


print(unbound(1, True), unbound(1, False))
for first in (True, False):
    try:
        unbound(0, first)
    except NameError:
        print("NameError", first)


def deleted():
    x = 1
    del x
    return x


try:
    deleted()
except NameError:
    print("NameError deleted")
