# Running out of heap in str, bytes and bytearray operations raises MemoryError and leaves
# the heap usable (.exp: CPython would allocate gigabytes first).
def grow(x):
    try:
        while True:
            x = x + x
    except MemoryError:
        return 'MemoryError'
print(grow('ab'), grow(b'ab'), grow('\u00e9'))
try:
    b = bytearray(b'x')
    while True:
        b.extend(b)
except MemoryError:
    print('MemoryError', len(b) > 1000)
b = None
for f in (lambda: 'x'.center(1 << 29), lambda: 'ab' * (1 << 29), lambda: bytes(1 << 29), lambda: '{:>536870912}'.format('x'),
          lambda: '%536870912d' % 1, lambda: ''.join(['ab', 'cd']) * (1 << 28), lambda: 'x'.zfill(1 << 29)):
    try:
        f()
        print('no error')
    except MemoryError:
        print('MemoryError')
print(('abc' * 100).upper()[:6], '{:>6}'.format('ok'), '%05d' % 42, b'xy' * 2)
