# array.array: every type code, repr, len, indexing, iteration, append, extend, slices,
# + and == between arrays of one type code.
from array import array

for tc in 'bBhHiIlLqQ':
    a = array(tc, [1, 2, 3])
    print(a, len(a), a[0], a[-1], list(a))
for tc in 'fd':
    a = array(tc, [1.5, -2, 0.25])
    print(a, len(a), a[1], a[-1])
print(array('i'), array('d'), len(array('h')), list(array('b')))
print(array('h', range(5)), array('i', (7, 8)), array('b', [True, False]))
print(array('b', [127, -128]), array('B', [0, 255]), array('h', [-32768, 32767]))
print(array('H', [65535]), array('i', [-2**30, 2**30 - 1]))

a = array('i', [1, 2])
a.append(3)
a.extend([4, 5])
a.extend(range(6, 8))
a.extend(array('i', [8]))
print(a, len(a))
print(a[1:3], a[:2], a[5:], a[-2:], a[3:1], a[:])
a[0] = 100
a[-1] = -8
print(a, sum(a), 5 in list(a))
for x in array('h', [10, 20]):
    print(x)
print(list(reversed(array('b', [1, 2, 3]))), sorted(array('i', [3, 1, 2])))

print(array('i', [1, 2]) + array('i', [3]), array('d', [0.5]) + array('d', [1.0]))
print(array('i', [1, 2]) == array('i', [1, 2]), array('i', [1, 2]) == array('i', [1, 3]))
print(array('i', [1]) == array('i', [1, 0]), array('i', [1]) != array('i', [2]))
print(array('b') == array('b'))
print(bool(array('i')), bool(array('i', [0])), array('i', [1]) == [1])

for bad in ['z', 'y']:
    try:
        array(bad)
    except ValueError:
        print('ValueError', repr(bad))
for args in [('i', 5), ('i', ['a']), ('i', [1.5]), ('f', ['x'])]:
    try:
        array(*args)
    except TypeError:
        print('TypeError', args)
for idx in [3, -4]:
    try:
        array('i', [1, 2, 3])[idx]
    except IndexError:
        print('IndexError', idx)
try:
    array('i', [1])[0] = 'x'
except TypeError:
    print('TypeError store')
try:
    array('i', [1]).append(None)
except TypeError:
    print('TypeError append')
