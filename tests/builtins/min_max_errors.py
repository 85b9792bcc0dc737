# min and max errors: MicroPython's messages
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: min([]))
err(lambda: max(iter(())))
err(lambda: min(5))
err(lambda: max(1, 'a'))
err(lambda: min())
