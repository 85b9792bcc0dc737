# Comparing, searching and printing containers that hold themselves recurses without end
# in native code: the runtime must stop with RuntimeError (CPython raises RecursionError
# and prints [...]; MicroPython's reference binary crashes) and stay usable afterwards.
def check(name, f):
    try:
        print(name, f())
    except RuntimeError as e:
        print(name, type(e).__name__, e)


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


# Printing builds its text in the heap, which a small heap could not hold for a big stack:
# those checks run with about one Python call's worth of stack left.
ROOM = frames() - 3


def check_deep(name, f):
    r = at_depth(ROOM, f)
    if isinstance(r, RuntimeError):
        print(name, type(r).__name__, r)
    else:
        print(name, r)


a = [1]
a.append(a)
b = [1]
b.append(b)
check('==', lambda: a == b)
check('!=', lambda: a != b)
check('<', lambda: a < b)
check('>=', lambda: a >= b)
check('in', lambda: b in a)
check('not in', lambda: b not in a)
check('tuple in', lambda: b in (0, a))
check('max', lambda: max([a, b]))
check('min', lambda: min(a, b))
check('tuple ==', lambda: ([a], 2) == ([b], 2))
e = {1: a}
check('dict value ==', lambda: e[1] == b)
check_deep('repr', lambda: repr(a))
check_deep('str', lambda: str([0, a]))
check_deep('exception', lambda: str(ValueError(a)))
d = {}
d['d'] = d
check_deep('dict repr', lambda: repr(d))
# there is room for shallow work at that depth, and identical objects never recurse
check_deep('shallow', lambda: repr([1, (2, 'x')]))
check('same', lambda: a == a)
check('in self', lambda: a in a)
check('len', lambda: len(a))
print(a[0], a[1][1][1][0], a[1] is a)
