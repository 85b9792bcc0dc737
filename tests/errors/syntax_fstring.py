# The SyntaxErrors of malformed f-strings, with MicroPython's messages: an empty field
# (also before a conversion or a spec), a bad conversion, a field without its `}`.


def report(src):
    try:
        exec(src)
        print("ran")
    except SyntaxError as e:
        print(type(e).__name__, e)


report("f'{}'")
report("f'a{}b'")
report("f'{!r}'")
report("f'{:>3}'")
report("f'{x!z}'")
report("f'{x!}'")
report("f'{x'")
report("f'{x!r'")
report("f'{x}{'")
x = 5
report("print(f'{x}{x!r:>3}{{}}')")
