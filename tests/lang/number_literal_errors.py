# Number literals that do not convert: SyntaxError with the message of MicroPython's
# conversion (`int(text, 0)`'s, or "invalid syntax for number"), the literal's `_`s
# dropped first (.exp: CPython words these differently and accepts `1_` nowhere).
def t(src):
    try:
        print(repr(eval(src)))
    except SyntaxError as e:
        print('SyntaxError', e)

for src in ['0x', '0o', '0b', '0x_', '0xg', '0o8', '0b2', '0b1e', '0x1for', '08', '0777', '0_7',
            '12abc', '1if 1 else 2', '1e', '1E+', '1.e+', '.5e', '0e', '1.2.3', '1e5.5', '1jj',
            '0x1j', '0x1.5', '1..real', '1.real']:
    t(src)

# What MicroPython's lexer accepts: `_` anywhere after the first digit.
for src in ['1_', '1__0', '0x_1', '0b1_', '0_0', '00', '1_000', '1E1_0', '1.5_', '1._5', '5_.5',
            '1e_2', '09.5', '00.5', '1J', '2j + 1', '1 if 1 else 2', '0xE', '0b1 + 1']:
    t(src)

# The error's line is the literal's.
try:
    exec('x = 1\ny = 2\nz = 0o9\n')
except SyntaxError as e:
    print(e.args)
