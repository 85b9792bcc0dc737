# getattr family errors: MicroPython's messages
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: getattr(1, 'x'))
err(lambda: getattr(1, 2))
err(lambda: setattr(1, 'x', 2))
err(lambda: delattr(1, 'x'))
err(lambda: issubclass(1, int))
err(lambda: issubclass(int, 1))
err(lambda: isinstance(1, 1))
