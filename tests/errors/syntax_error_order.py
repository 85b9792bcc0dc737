# Which error a source with several is reported as (MicroPython parses the whole input
# before compiling it): a syntax error anywhere wins over a compile error before it; of
# compile errors the first; an error in a nested block reports that block. After each,
# the next compilation starts clean.


def report(src):
    try:
        exec(src)
        print("ran")
    except SyntaxError as e:
        print(type(e).__name__, e)


report("break\nx = 1\ny = (\n")
report("return 1\nx = )\n")
report("break\ncontinue\n")
report("def f():\n    x = 1\n    nonlocal y\n")
report("x = 1\ndef g():\n    return 2\nyield 3\n")
report("x = 0x\n")
report("x = 1e\n")
report("x = 1\n  y = 2\n")
report("if 1:\n    pass\n  x = 1\n")
report("print('clean')\n")
report("def h(a, a):\n    pass\n")
report("print('clean again')\n")
