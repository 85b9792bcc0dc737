# Star targets in assignments and for loops, nested targets, and the count errors.
a, *b, c = [1, 2, 3, 4]
print(a, b, c)
*a, b = 'xyz'
print(a, b)
a, *b = (1,)
print(a, b)
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
[a, *b] = range(3)
print(a, b)
def gen():
    yield 1
    yield 2
first, *rest = gen()
print(first, rest)
def bad(kind):
    if kind == 0:
        a, *b, c = [1]
    elif kind == 1:
        a, b = [1, 2, 3]
    elif kind == 2:
        a, b, c = [1, 2]
    else:
        a, *b = 5
for k in range(4):
    try:
        bad(k)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
