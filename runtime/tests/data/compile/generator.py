def g(n):
    for i in range(n):
        x = yield i
    r = yield from h()
    return r
