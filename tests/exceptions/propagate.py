# exceptions unwind through several frames until a matching handler
def a(n):
    print('enter a', n)
    r = b(n)
    print('b returned')
    return r
def b(n):
    print('enter b', n)
    return c(n)
def c(n):
    print('enter c', n)
    if n == 0:
        return 1 // n
    if n == 1:
        raise ValueError('c says no')
    return n
for n in (2, 1, 0):
    try:
        print('result', a(n))
    except ValueError as e:
        print('ValueError:', e)
    except ZeroDivisionError:
        print('ZeroDivisionError from c')
def recurse(n):
    if n == 0:
        raise RuntimeError('bottom reached')
    return recurse(n - 1)
try:
    recurse(20)
except RuntimeError as e:
    print(e)
def catch_in_middle():
    try:
        return b(1)
    except ValueError:
        return 'caught in middle frame'
print(catch_in_middle())
