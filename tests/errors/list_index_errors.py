# The IndexError of each list index operation, as MicroPython words them: a load, a
# store, a deletion (from an empty list: `pop`'s message), pop and insert past the end.


def report(f):
    try:
        f()
        print("ok")
    except IndexError as e:
        print("IndexError", e)


x = [1, 2]
e = []


def store():
    x[5] = 0


def delete():
    del x[5]


def delete_empty():
    del e[0]


def delete_empty_negative():
    del e[-1]


report(lambda: x[2])
report(lambda: x[-3])
report(store)
report(delete)
report(delete_empty)
report(delete_empty_negative)
report(lambda: e.pop())
report(lambda: x.pop(7))
report(lambda: x.insert(9, 3))
print(x)
