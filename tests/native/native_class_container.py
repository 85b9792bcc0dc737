# A native container: __len__, __getitem__/__setitem__/__delitem__, __contains__,
# __enter__/__exit__; its Obj fields hold Python objects.
import example


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


b = example.Bag(4)
print(len(b), b[0], bool(b), bool(example.Bag(0)))
b[0] = "zero"
b[1] = [1, 2, 3]
b[-1] = {"k": 1}
print(b[0], b[1], b[3], b[-4])
print("zero" in b, [1, 2, 3] in b, "one" in b, "one" not in b)
del b[0]
print(b[0])
b[1].append(4)
print(b[1])
print([b[i] for i in range(len(b))])


def set_out():
    b[4] = 1


def del_out():
    del b[-5]


t(lambda: b[4])
t(lambda: b[-5])
t(set_out)
t(del_out)
t(lambda: b["x"])
with b as bb:
    print(bb is b, b.is_open)
print(b.is_open)
try:
    with b:
        print(b.is_open)
        raise ValueError("inside")
except ValueError as e:
    print("ValueError", e, b.is_open)
# No __iter__: the sequence protocol over __getitem__.
print(list(b), list(example.Bag(0)))
