# dict errors: KeyError carries the key; MicroPython's messages
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, repr(e.args))

err(lambda: {}['x'])
err(lambda: {}[(1, 2)])
err(lambda: {}.pop(1))
err(lambda: {}.popitem())
def delete():
    d = {}
    del d['k']
err(delete)
err(lambda: {1: 2}[[]])
err(lambda: {[]: 1})
err(lambda: dict([1]))
err(lambda: dict([(1, 2, 3)]))
err(lambda: {}.update(1))
err(lambda: dict({}, {}))
err(lambda: {1: 2} < {1: 2})
err(lambda: dict.get(1, 2))
err(lambda: {}.get())
try:
    {}['missing']
except KeyError as e:
    print(e, repr(e))
