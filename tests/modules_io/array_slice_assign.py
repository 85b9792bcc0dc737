# array slice assignment (step 1): from an array (or buffer) of the same item size,
# growing or shrinking the array; MicroPython's errors otherwise.
from array import array

a = array('i', [1, 2, 3, 4])
a[1:3] = array('i', [9])
print(a)
a[0:0] = array('i', [7, 8])
print(a)
a[3:] = array('i', [5, 6, 7])
print(a)
a[:] = array('i', [0])
print(a, len(a))
a[1:] = array('I', [2, 3])
print(a)
b = array('b', [1, 2, 3])
b[0:2] = b'xy'
b[2:3] = bytearray(b'z')
print(b)
b[:] = b
print(b)
c = array('h', [1, 2, 3, 4])
c[1:3] = c
print(c)
for src in [array('h', [1]), b'abcd', [1, 2], 5, 'ab']:
    try:
        array('i', [1, 2])[0:1] = src
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)
try:
    array('i', [1, 2, 3])[::2] = array('i', [1, 2])
except NotImplementedError as e:
    print('NotImplementedError', e)
