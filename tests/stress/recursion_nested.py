# Hashing, comparing, searching, isinstance and printing containers nested deeper than
# the stack allows must raise RuntimeError, not crash the interpreter. So that every board
# runs out of stack before anything else whatever its stack and heap sizes, each check runs
# with only about one Python call's worth of stack left; the containers are a few thousand
# levels deep, which fits the smallest test heap (a 200,000-deep tuple would take 6 MB).
def frames():
    # How many more nested Python calls fit on the stack.
    try:
        return frames() + 1
    except RuntimeError:
        return 0


def at_depth(n, f):
    # f() run n Python calls further down, its RuntimeError caught right there.
    if n > 0:
        return at_depth(n - 1, f)
    try:
        return f()
    except RuntimeError as e:
        return e


ROOM = frames() - 3


def check(name, f):
    r = at_depth(ROOM, f)
    if isinstance(r, RuntimeError):
        print(name, type(r).__name__, r)
    else:
        print(name, r)


def put(d, k):
    d[k] = 1
    return len(d)


# Two equal tuples nested level by level (the same objects for every check).
x = y = int
for i in range(2000):
    x = (x,)
    y = (y,)
check('hash', lambda: hash(x))
check('==', lambda: x == y)
check('!=', lambda: x != y)
check('<', lambda: x < y)
check('max', lambda: max(x, y))
check('in list', lambda: x in [0, y])
check('in tuple', lambda: y in x)
check('dict key', lambda: put({}, x))
check('isinstance', lambda: isinstance(1, x))
check('repr', lambda: repr(x))
check('shallow', lambda: ((1, (2,)) == (1, (2,)), hash((1, 2)) == hash((1, 2)), isinstance(1, ((int,),))))
x = y = None

# Two equal lists.
x = y = 0
for i in range(500):
    x = [x]
    y = [y]
check('list ==', lambda: x == y)
check('list <', lambda: x < y)
check('list in', lambda: y in x)
check('list repr', lambda: repr(x))
check('list str', lambda: str((x,)))
x = y = None
print('done')
