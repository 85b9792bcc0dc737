try:
    f()
except ValueError as e:
    print(e)
except (TypeError, KeyError):
    pass
except:
    raise
else:
    ok()
try:
    g()
except E:
    pass
raise ValueError('x') from None
assert x
assert x, 'message'
def f():
    for i in y:
        try:
            return i
        except E:
            break
