# Build and drop many objects of mixed sizes: tuples of varying length, strings, lists
# and dicts, keeping every seventh for a while so the heap fragments. The strings are
# built from literals and longer than 16 bytes: like the other objects here they take
# two or more blocks of 16 bytes, so nothing small refills the one-block holes the
# survivors leave (a short `str(i)` each iteration would, and hid the old allocator's
# quadratic search).
def make(i):
    k = i % 9
    if k == 0:
        return (i,)
    if k == 1:
        return (i, i + 1, i + 2, i + 3, i + 4, i + 5, i + 6)
    if k == 2:
        return 'item-number-' + 'abcdefgh'
    if k == 3:
        return 'abcdefghij' * (i % 5 + 2)
    if k == 4:
        return [i, i, i]
    if k == 5:
        l = []
        for j in range(i % 13):
            l.append(j)
        return l
    if k == 6:
        return {'a': i, 'b': i + 1}
    if k == 7:
        d = {}
        for j in range(i % 7):
            d[j] = j
        return d
    return (i, (i, i), 'xyzxyzxyzxyzxyzxyz')


def run(n):
    keep = []
    for j in range(64):
        keep.append(None)
    total = 0
    for i in range(n):
        o = make(i)
        total += len(o)
        if i % 7 == 0:
            keep[i % 64] = o
    return total


print(run(300000))
