# int + str raises TypeError two calls deep
def outer(a):
    return inner(a, 'a')

def inner(a, b):
    return a + b

print(outer('ok:'))
print(outer(1))
