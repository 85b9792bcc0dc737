# Indexing plain lists with ints (read and write, negative, out of range, bools) and
# lists subclassed with their own __getitem__/__setitem__ (the interpreter has a fast
# path for plain lists).
a = [10, 20, 30]
print(a[0], a[2], a[-1], a[-3])
a[1] = 21
a[-1] = 31
print(a)
for i in (3, -4, 100):
    try:
        a[i]
    except IndexError as e:
        print("IndexError")
    try:
        a[i] = 0
    except IndexError:
        print("IndexError store")
print(a[True], a[False])
a[True] = 5
print(a)
del a[0]
print(a)
try:
    a["x"]
except TypeError:
    print("TypeError")


class L(list):
    def __getitem__(self, i):
        return ("get", i)

    def __setitem__(self, i, v):
        print("set", i, v)


b = L([1, 2])
print(b[0], b[-1])
b[0] = 9
print(list(b))
t = (1, 2)
print(t[1], t[-2])
