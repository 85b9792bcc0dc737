# range errors: MicroPython's messages
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: range(3)[3])
err(lambda: range(3)['a'])
err(lambda: range(1, 2, 0))
err(lambda: range('a'))
err(lambda: range(1, 2, 3, 4))
