# open() in text mode: str in and out, UTF-8 counted in characters by read(n), lines,
# iteration, readlines, with; boards without a file system skip.
try:
    import os
    os.getcwd()
except (ImportError, OSError):
    print('SKIP')
    raise SystemExit
P = '/tmp/mp_files_text.txt'

with open(P, 'w') as f:
    print(type(f).__name__, f.write('héllo wörld\n'), f.write('line two\n'), f.write('€ last'))
with open(P) as f:
    print(repr(f.read()))
f = open(P)
print(repr(f.read(1)), repr(f.read(2)), repr(f.read(4)))
print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
f.close()
print(open(P).readlines())
print([len(line) for line in open(P)])
for i, line in enumerate(open(P, 'r')):
    print(i, line.rstrip())
with open(P, 'a') as f:
    f.write('\n')
print(open(P, 'rt').read().count('\n'))
# Text files take str; bytes written to a text file are written as they are.
with open(P, 'w') as f:
    f.write(b'raw\n')
print(repr(open(P).read()))
# A text file read as binary gives the UTF-8 bytes.
with open(P, 'w') as f:
    f.write('é')
print(open(P, 'rb').read())
try:
    open(P, 'r').write('x')
except OSError as e:
    print('write read-only:', e.errno)
os.remove(P)
