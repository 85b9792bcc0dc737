# the messages MicroPython raises for common errors
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

def g(a, b=1):
    pass
class C:
    pass
err(lambda: (lambda: 0)(1))
err(lambda: g())
err(lambda: g(1, 2, 3))
err(lambda: g(1, c=2))
err(lambda: g(1, a=2))
err(lambda: 1 + 'a')
err(lambda: -'a')
err(lambda: 1 // 0)
err(lambda: 1 % 0)
err(lambda: undefined_name)
err(lambda: C().x)
err(lambda: C.x)
err(lambda: 1())
err(lambda: len(1))
err(lambda: [][0])
err(lambda: {}['a'])
err(lambda: [1, 2, 3].index(4))
err(lambda: iter(1))
err(lambda: next(iter([])))
err(lambda: (1, 2)[5])
err(lambda: None.x)
err(lambda: 1 < 'a')
err(lambda: [1] * [1])
err(lambda: hash([]))
def unpack():
    a, b = [1, 2, 3]
err(unpack)
def unpack2():
    a, b, c = [1, 2]
err(unpack2)
err(lambda: 'a' + 1)
err(lambda: isinstance())
err(lambda: {}.get())
err(lambda: {}.get(1, 2, 3))
err(lambda: list.append(1, 2))
err(lambda: open('/no/such/file'))
