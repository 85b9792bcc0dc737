# bytearray.pop, insert, remove and del b[i] (CPython's; level everything).
try:
    bytearray().pop
except (NameError, AttributeError):
    print('SKIP')
    raise SystemExit
a = bytearray(b'abcd')
print(a.pop(), a.pop(0), a)
a.insert(0, 120)
a.insert(-1, 121)
a.insert(100, 122)
a.insert(-100, 119)
print(a)
a.remove(121)
print(a)
del a[0]
del a[-1]
print(a)
def delitem(a, i):
    del a[i]
for bad in (lambda: bytearray().pop(), lambda: a.pop(10), lambda: delitem(a, 10)):
    try:
        bad()
    except IndexError:
        print('IndexError')
for bad in (lambda: a.remove(0), lambda: a.insert(0, 256)):
    try:
        bad()
    except ValueError:
        print('ValueError')
