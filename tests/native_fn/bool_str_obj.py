# bool (by truth value), &str, Obj and Option arguments; (), Option and &str results.
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


for v in [0, 1, -5, "", "x", [], [0], None, 0.0, b"", convtest]:
    print(repr(v) if v is not convtest else "module", convtest.truth(v))


class Falsy:
    def __bool__(self):
        return False


class Raises:
    def __len__(self):
        raise ValueError("no length")


print(convtest.truth(Falsy()))
show(convtest.truth, Raises())

print(convtest.text("hello"), convtest.text(""), convtest.text("h\u00e9"))
show(convtest.text, 5)
show(convtest.text, b"bytes")
show(convtest.text, None)

l = [1, 2]
print(convtest.ident(l) is l, convtest.ident(None), convtest.ident(convtest) is convtest)

print(convtest.maybe(None), convtest.maybe(21), convtest.maybe(-1))
show(convtest.maybe, "x")
print(convtest.nothing())
