# x[a:b] and x[a:b] = v on built-in sequences run without a slice object; each case must
# behave as the slice object would, and subclasses keep their own __getitem__/__setitem__.

l = list(range(10))
print(l[2:5], l[::-1], l[8:2:-2], l[-3:], l[:100], l[5:2], l[::3])
t = tuple(l)
print(t[2:5], t[::-1], t[:], t[:] is t, t[4:4])
s = "héllo wörld"
print(s[1:4], s[::-1], s[-5:], s[:] is s)
b = b"bytes here"
print(b[1:4], b[::-2], b[:] is b)


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(l[I(1) : I(4)], t[I(-2) :], s[: I(3)], b[I(2) :: I(2)])

# stores: from another list, a tuple, the list itself, a generator, a str
m = list(range(6))
m[1:3] = [10, 11, 12]
print(m)
m[::2] = (7, 8, 9, 10)
print(m)
m[2:] = m
print(m)
m[:0] = (x * x for x in range(3))
print(m)
m[-2:] = "ab"
print(m)
m[1:5] = []
print(m)
k = [1, 2, 3]
k[:] = k[::-1]
print(k)
k[3:3] = [4]
print(k)

# errors
for f in (
    lambda: l[::0],
    lambda: t[1:2:0],
    lambda: l["a":],
    lambda: s[1.5:],
):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
try:
    m[0:6:2] = [1]
except ValueError as e:
    print("ValueError", e)
try:
    m[:2] = 5
except TypeError as e:
    print("TypeError")
try:
    s[1:2] = "x"
except TypeError as e:
    print("TypeError")
try:
    t[:1] = (1,)
except TypeError as e:
    print("TypeError")


class L(list):
    def __getitem__(self, i):
        return ("get", i)

    def __setitem__(self, i, v):
        print("set", i, v)


x = L([1, 2, 3])
print(x[1:2], x[::2])
x[0:1] = [9]
print(list(x))


class S(str):
    def __getitem__(self, i):
        return "sub"


print(S("abc")[0:2])
# objects without slicing still fail the usual way
one = 1
try:
    one[1:2]
except TypeError as e:
    print("TypeError")
print(range(10)[2:8:3], bytearray(b"abc")[1:], bytes(memoryview(b"abcd")[1:3]))
