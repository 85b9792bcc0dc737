# Tuple arguments: a tuple or list of the right length, each item converted; tuple results.
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


print(convtest.swap((1, "one")))
print(convtest.swap([2, "two"]))
show(convtest.swap, (1, "one", 3))
show(convtest.swap, [])
show(convtest.swap, 5)
show(convtest.swap, "ab")
show(convtest.swap, ("one", 1))
show(convtest.swap, (2**40, "x"))

print(convtest.nested((1, (0, None))))
print(convtest.nested([255, [1, 0.5]]))
show(convtest.nested, (1, 2))
show(convtest.nested, (256, (1, None)))
show(convtest.nested, (1, (1, "x")))

print(convtest.single((5,)), convtest.single([6]))
show(convtest.single, ())
show(convtest.single, 5)
