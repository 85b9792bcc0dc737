# print errors: sep and end must be str or None (MicroPython's message)
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: print('x', sep=1))
err(lambda: print('x', end=[]))
