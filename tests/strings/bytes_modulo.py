# %-formatting of bytes (level core): %s and %b take bytes-like objects, %r their repr.
try:
    b'%d' % 1
except TypeError:
    print('SKIP')
    raise SystemExit
print(b'%d-%x-%05d|%-4d|' % (1, 255, 42, 7), b'%s|%b' % (b'ab', bytearray(b'cd')), b'%r' % b'q')
print(b'%c%c' % (65, b'z'), b'%5s|%-5s|%.1s' % (b'ab', b'ab', b'xyz'), b'%%')
print(b'%(k)s=%(v)d' % {b'k': b'key', b'v': 3})
try:
    b'%c' % 256
except OverflowError:
    print('OverflowError')
try:
    b'%d %d' % (1,)
except TypeError:
    print('TypeError')
