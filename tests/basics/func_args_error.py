# calling with the wrong number of arguments, or calling a non-callable
def two(a, b):
    return a + b
def zero():
    return 0
print(two(1, 2), zero())
for args in ((), (1,), (1, 2, 3)):
    try:
        if len(args) == 0:
            two()
        elif len(args) == 1:
            two(args[0])
        else:
            two(args[0], args[1], args[2])
    except TypeError:
        print('TypeError with', len(args), 'args')
try:
    zero(1)
except TypeError:
    print('TypeError zero(1)')
x = 5
try:
    x()
except TypeError:
    print('TypeError int not callable')
try:
    s = 'abc'
    s(1)
except TypeError:
    print('TypeError str not callable')
try:
    t = (1, 2)
    t(0)
except TypeError:
    print('TypeError tuple not callable')
try:
    n = None
    n()
except TypeError:
    print('TypeError None not callable')
try:
    len()
except TypeError:
    print('TypeError len()')
try:
    len(1, 2)
except TypeError:
    print('TypeError len(1, 2)')
try:
    abs('a')
except TypeError:
    print('TypeError abs(str)')
print('still running', two(3, 4))
