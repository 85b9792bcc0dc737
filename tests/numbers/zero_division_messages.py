# MicroPython words every division by zero the same way (a .py.exp: CPython's vary).
for f in (lambda: 1 / 0, lambda: 2**100 / 0, lambda: 1.0 / 0, lambda: 1 / 0.0, lambda: 1.5 // 0, lambda: 1.5 % 0.0,
          lambda: divmod(1.5, 0), lambda: 0.0 ** -1, lambda: 1 // 0, lambda: 2**100 % 0, lambda: pow(3, 2, 0),
          lambda: pow(3, -1, 0)):
    try:
        print(f())
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
