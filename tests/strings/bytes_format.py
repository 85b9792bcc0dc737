# bytes.format and bytearray.format (MicroPython's, not CPython's: .exp), and bytes as the
# text of a str.format field with a spec.
def t(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
t(lambda: b'{}-{}'.format(1, 'a'))
t(lambda: b'{0}{0}{x}'.format(2, x=3))
t(lambda: b'{:>4}|{:<3}|'.format('ab', 7))
t(lambda: b'{}'.format(b'z'))
t(lambda: b'a{'.format())
t(lambda: b'{1}'.format(0))
t(lambda: '{:>3}x'.format(b'a'))
t(lambda: '{:.1}'.format(b'abc'))
try:
    bytearray
except NameError:
    print("bytearray(b'5')")
else:
    t(lambda: bytearray(b'{}').format(5))
