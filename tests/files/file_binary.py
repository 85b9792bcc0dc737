# open() in binary mode: write, read, seek, tell, readinto, append, exclusive create,
# modes' effects, unknown mode letters, the repr, closed files; boards without a file system skip.
try:
    import os
    os.getcwd()
except (ImportError, OSError):
    print('SKIP')
    raise SystemExit
D = '/tmp/mp_files_binary'
try:
    for n in os.listdir(D):
        os.remove(D + '/' + n)
    os.rmdir(D)
except OSError:
    pass
os.mkdir(D)
P = D + '/data.bin'

f = open(P, 'wb')
print(type(f).__name__, f.write(b'abc\x00\xffdef'), f.write(bytearray(b'gh')), f.write(memoryview(b'xyz')[1:]))
print(f.tell())
f.close()
print(open(P, 'rb').read())

f = open(P, 'rb')
print(f.read(3), f.tell(), f.read(0), f.read(2))
print(f.seek(0), f.read(1), f.seek(-2, 2), f.read(), f.read(), f.seek(2, 0), f.seek(1, 1), f.read(1))
buf = bytearray(4)
f.seek(0)
print(f.readinto(buf), buf, f.readinto(bytearray(100)))
f.close()

# 'a' appends, 'r+b' reads and writes in place, 'w' truncates.
with open(P, 'ab') as f:
    f.write(b'++')
print(open(P, 'rb').read())
with open(P, 'r+b') as f:
    print(f.read(2))
    f.write(b'ZZ')
print(open(P, 'rb').read())
with open(P, 'wb') as f:
    pass
print(open(P, 'rb').read())

# Letters MicroPython does not know are ignored ('x' included): 'xb' reads.
try:
    open(D + '/new.bin', 'xb')
except OSError as e:
    print('xb missing:', e.errno)
print(open(P, 'rbQ').read())

# Errors: missing files, reading a write-only file, closed files, bad arguments.
for mode in ('rb', 'r+b'):
    try:
        open(D + '/missing', mode)
    except OSError as e:
        print(mode, repr(e), e.errno, e.args)
try:
    open(P, 'wb').read()
except OSError as e:
    print('read write-only:', e.errno)
f = open(P, 'rb')
f.close()
f.close()
for op in (f.read, f.readline, f.tell, lambda: f.write(b'x'), lambda: f.seek(0)):
    try:
        op()
    except ValueError as e:
        print(e)
try:
    open(1.5)
except TypeError:
    print('TypeError')
try:
    open()
except TypeError:
    print('TypeError')

with open(P, 'wb') as f:
    print(f.fileno() > 2, repr(f).startswith('<io.FileIO '))
for n in os.listdir(D):
    os.remove(D + '/' + n)
os.rmdir(D)
