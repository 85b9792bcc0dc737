# io.BytesIO: the same stream over bytes; readinto.
import io

b = io.BytesIO(b'abc\ndef')
print(b.read(1), b.tell(), b.readline(), b.readline(), b.readline(), b.tell())
print(b.seek(0), b.read(), b.seek(2), b.read(100))
b = io.BytesIO()
print(b.write(b'xyz'), b.write(bytearray(b'12')), b.write(memoryview(b'__')), b.tell())
print(b.getvalue(), b.read(), b.seek(1), b.read(2))
b.seek(0)
print(b.write(b'AB'), b.getvalue())
print(io.BytesIO(bytearray(b'from bytearray')).getvalue(), io.BytesIO().getvalue())
print(list(io.BytesIO(b'1\n2\n3')))

# readinto: as many bytes as fit, or as asked
b = io.BytesIO(b'abcdef')
buf = bytearray(4)
print(b.readinto(buf), buf, b.tell())
print(b.readinto(buf), buf, b.readinto(buf), buf)
b.seek(0)
m = bytearray(5)
print(b.readinto(memoryview(m)), m)

with io.BytesIO(b'q') as f:
    print(f.read())
try:
    f.read()
except ValueError:
    print('ValueError')
try:
    io.BytesIO(b'x').readinto(b'xx')
except TypeError:
    print('TypeError')
try:
    io.BytesIO(1.5)
except TypeError:
    print('TypeError')
