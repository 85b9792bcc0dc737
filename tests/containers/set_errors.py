# set errors: KeyError with the item, unhashable items, MicroPython's messages
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, repr(e.args))

err(lambda: set().pop())
err(lambda: {1}.remove(2))
err(lambda: {[]})
err(lambda: {1}.add([]))
err(lambda: set([[1]]))
err(lambda: hash({1}))
err(lambda: [] in {1})
err(lambda: {1} | [1])
err(lambda: {1} < [1])
err(lambda: set.add(1, 2))
err(lambda: set(1))
err(lambda: set([], []))
