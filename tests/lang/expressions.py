# Conditional expressions, chained comparisons, identity and membership everywhere,
# Ellipsis, literal concatenation, raw and triple-quoted strings, escapes.
x = 5
print('big' if x > 3 else 'small', 'a' if 0 else 'b' if None else 'c')
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4 <= 4 != 5, x == 5 == 5.0 if False else x == 5 == 5)
def noisy(v):
    print('eval', v)
    return v
print(noisy(1) < noisy(2) < noisy(0) < noisy(3))
print(x is not None, None is None, 3 in [1, 2, 3], 4 not in (1, 2), 'b' in 'abc', not x in [5])
print(..., Ellipsis is ...)
s = 'con' "cat" '''enated'''
print(s, len(s))
print(r'raw\n\t', 'tab\there', 'nl\\n', '\x41\101\u00e9')
t = """line1
line2\
 joined"""
print(t)
print('quote\'s', "dq\"s", 'bell\a'[:-1] if False else len('bell\a'))
print((1, 2) < (1, 3), [1, 2] == [1, 2], (x, x) if x else ())
print(0x_FF, 0xFF_FF_FF_FF_FF_FF_FF_FF_FF, 0o7_7, 0b1010_1010, 1_000_000_000_000_000_000_000, b'\x00a' b'c', rb'\d')
