# f-strings: fields, conversions, format specs with nested fields, = debugging, braces,
# concatenation with plain strings, expressions with strings and calls inside.
x, w, name = 42, 8, 'Ada'
print(f'{x}', f'[{x:>{w}}]', f'{x!r}', f'{name!r:^9}', f'{{{x}}}', f'{x=}', f'{name = }')
print(f'{"quoted"} {len(name)} {[i * 2 for i in range(3)]} {x if x else 0}')
print('plain {braces} ' f'{x:04d}' ' tail}')
def g(v):
    return v + 1
print(f'{g(x)} {g(x) * 2:5d} {x:x} {x:#b} {-x:+d}')
print(f'''multi
{name}''', rf'\n{x}')
d = {'k': 'v'}
print(f"{d['k']} {x != 41} {x == 42}")
