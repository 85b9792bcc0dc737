# A memoryview of a bytearray that then grows or shrinks keeps reading valid memory (the
# old block, which the view keeps alive: CPython forbids the resize, MicroPython allows it;
# .exp); iterating a bytearray that changes sees the changes; a join whose items come from
# a generator that mutates the separator reads the separator after iterating.
try:
    memoryview
except NameError:
    print('SKIP')
    raise SystemExit
a = bytearray(b'abcd')
m = memoryview(a)
for i in range(200):
    a.append(i & 0x7f)
print(len(a), len(m), bytes(m[:2]))
del a[:]
print(len(a), len(m), type(m[0]).__name__)
a = bytearray(b'xy')
seen = []
for c in a:
    seen.append(c)
    if len(a) < 5:
        a.append(c + 1)
print(seen, a)
sep = bytearray(b',')
def gen():
    for w in (b'a', b'b'):
        sep.extend(b'+')
        yield w
print(sep.join(gen()), sep)
