# range: len, indexing, negative steps, slicing (a range), in, printing, attributes
r = range(10)
print(r, range(1, 5), range(0, 10, 3), range(5, 0, -1), len(r), len(range(5, 0)), len(range(0, 10, 3)))
print(r[0], r[-1], r[3], range(5, 0, -2)[1], range(0, 20, 5)[-2])
print(list(range(5, 0, -2)), list(range(0)), list(range(-3)), list(range(-3, 3, 2)), list(range(3, -3, -2)))
print(r[2:8], r[::-1], r[::2][1:3], r[5:2], r[-3:], range(0, 20, 3)[::-2], range(5, 0, -1)[1:])
print(list(r[2:8:3]), list(range(10, 0, -3)[::-1]))
print(3 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 5 in range(10, 0, -5), 0 in range(10, 0, -5))
print(True in range(2), 'a' in range(3), None in r)
print(range(1, 4).start, range(1, 4).stop, range(1, 4, 2).step, range(3).start, range(3).step)
print(bool(range(0)), bool(range(1)), list(reversed(range(4))), list(reversed(range(0, 10, 3))), list(reversed(range(0))))
print(range(3) == range(3), range(0) == range(5, 2), range(0, 5, 2) == range(0, 6, 2), range(1, 2) == range(1, 2, 5), range(3) != range(4))
print(sum(range(101)), max(range(7)), sorted(range(3), reverse=True), tuple(range(2)), [x for x in range(3)])
for f in (lambda: r[10], lambda: r['a'], lambda: range(1, 2, 0), lambda: range(), lambda: range('a'), lambda: range(1, 2, 3, 4)):
    try:
        f()
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__)
try:
    r[0] = 1
except TypeError:
    print('TypeError assign')
