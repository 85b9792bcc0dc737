# memoryview (level extra): views of bytes, bytearray and other views; slices share memory.
try:
    memoryview
except NameError:
    print('SKIP')
    raise SystemExit
a = bytearray(b'abcdef')
m = memoryview(a)
print(len(m), m[0], m[-1], list(m[1:3]), bytes(m), bytes(m[2:]), bytes(m[-2:]), bytes(m[10:]))
m[0] = 65
s = m[2:5]
s[0] = 67
s[-1] = 69
print(a, len(s), bytes(s))
m[1:3] = b'BC'
print(a, m == b'ABCdEf', m == a, bytes(memoryview(m)[3:4]))
v = memoryview(b'xyz')
print(bytes(v), v[1], bytes(v[::1]), bytes(v[:2]), bytearray(v), b'-'.join([v, m[:1]]), m.itemsize if hasattr(m, 'itemsize') else 1)
t = m[1:]
t[0] = 0x62
print(a, [x for x in t[:2]])
print(bytes(memoryview('str')) if False else b'str', b'ab' + memoryview(b'cd'))
