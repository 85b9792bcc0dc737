# Lone surrogates: `'\ud800'` and `chr(0xd800)` are one-character strs (UTF-8 encoded as
# CPython's surrogatepass would, as MicroPython stores them); repr escapes them; bytes
# holding such a sequence decode to them (.exp: CPython refuses to encode or decode them).
try:
    chr(0x100)
except ValueError:
    print('SKIP')
    raise SystemExit
s = '\ud800'
print(len(s), repr(s), s == chr(0xd800), ord(s), hex(ord('\uDFFF')))
print(s.encode(), chr(0xdc00).encode(), ('a' + s + 'b').encode())
t = 'x\ud83d\ude00y'
print(len(t), repr(t), repr(t[1]), repr(t[-2:]), t.index('\ude00'))
print(b'\xed\xa0\x80'.decode() == s, len(str(b'a\xed\xb0\x80', 'utf-8')))
if hasattr(b'', 'decode'):
    print([ord(c) for c in b'x\xed\xa0\x80y'.decode('utf-8', 'replace')])
print('a\ud800b'.split('\ud800'), s in 'ab\ud800', f'{s}!' == s + '!')
print(repr('%s|' % s), repr('{}|'.format(s)), s.isalpha(), s.upper() == s)
# The range's ends, and past it.
print(repr('\U0010ffff') == repr(chr(0x10ffff)), hex(ord('\U0010ffff')))
for n in [0x110000, -1]:
    try:
        chr(n)
    except ValueError as e:
        print('ValueError', e)
# Bad escapes are `invalid syntax`; `\N{...}` is NotImplementedError, as in MicroPython.
for src in [r"'\U00110000'", r"'\UFFFFFFFF'", r"'\x4'", r"'\u12'", r"b'\400'", r"'\N{DASH}'", r"b'\N{DASH}'"]:
    try:
        eval(src)
    except Exception as e:
        print(type(e).__name__, e)
print(repr(r'\N{x}'), repr(eval(r"rb'\N{x}'")))
