# SyntaxErrors of the compiler: await outside a function (module level, class body) and
# a bare starred assignment target (MicroPython's message).
for src in ["await x", "class C:\n    await x", "*a = 1", "*a, = [1]\nprint(a)", "def f():\n    *a = 1",
            "async def f():\n    await x\nprint('compiled')"]:
    try:
        exec(src)
    except SyntaxError as e:
        print("SyntaxError:", e.args[0])
