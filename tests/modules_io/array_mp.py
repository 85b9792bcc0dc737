# array as MicroPython has it: ints stored truncated to the item width, bytes and
# bytearray initializers taken as raw bytes, extend/+ taking the raw bytes of any buffer,
# step-1 slices only, its error messages.
from array import array

print(array('b', [300, -200]), array('B', [-1, 256]), array('H', [70000]))
print(array('i', [2**31]), array('I', [-1]), array('h', [True]))
print(array('q', [2**63]), array('Q', [-1]), array('Q', [2**64 + 5]))
a = array('i', [0])
a[0] = 2**40 + 7
print(a, a[0])

print(array('h', b'\x01\x00\x02\x00'), array('h', b'\x01\x00\x02'), array('i', bytearray(4)))
print(array('b', b'\xff\x7f'), array('B', bytearray(b'ab')))
print(array('i', array('h', [1, 2])), array('b', 'x' and [120]))

a = array('b', [1])
a.extend(b'\x02\x03')
a.extend(array('h', [4]))
a.extend('z')
print(a)
a = array('i', [1])
a.extend(b'\x02\x00\x00\x00\x09')
a.extend(array('b', [1, 2]))
print(a)
print(array('b', [1]) + b'\x02', array('b', [1]) + array('h', [2]), array('i', [1]) + array('h', [2]))

print(array('B', [120]) == bytearray(b'x'), array('i', [1]) == b'\x01\x00\x00\x00')
print(array('b', [1]) == array('B', [1]))

for f in ['array("i", [1, 2, 3])[::2]', 'array(1)', 'array("i", [1])["x"]', 'array("i", [1])[1]',
          'array("i", [1], 2)', 'array()']:
    try:
        print(eval(f))
    except Exception as e:
        print(type(e).__name__, e)
try:
    array('i', initializer=[1])
except TypeError as e:
    print('TypeError', e)
a = array('i', [1])
for f in ('del a[0]', 'a * 2'):
    try:
        exec(f)
    except (TypeError, NotImplementedError) as e:
        print(f, type(e).__name__)
