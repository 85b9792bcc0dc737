# str.splitlines (level extra): every line break, keepends positional or keyword.
if not hasattr('', 'splitlines'):
    print('SKIP')
    raise SystemExit
s = 'a\nb\r\nc\rd\n\ne'
print(s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
print(''.splitlines(), '\n'.splitlines(), '\n\n'.splitlines(True), 'x'.splitlines(), 'x\n'.splitlines())
print('a\x0bb\x0cc\x1cd\x1de\x1ef'.splitlines())
print('a\x85b\u2028c\u2029d'.splitlines(), len('a\u2028'.splitlines(True)[0]))
print(b'a\nb\r\nc\x0bd'.splitlines(), b'a\r\n'.splitlines(True))
