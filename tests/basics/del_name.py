# del removes a binding; using the name afterwards raises NameError
x = 5
print(x)
del x
try:
    print(x)
except NameError:
    print('NameError after del')
x = 6
print(x)
a = b = 1
del a, b
try:
    print(a)
except NameError:
    print('NameError a')
try:
    print(b)
except NameError:
    print('NameError b')
try:
    del never_defined
except NameError:
    print('NameError del undefined')
def f():
    y = 1
    del y
    try:
        return y
    except NameError:
        return 'NameError local'
print(f())
def g():
    global x
    del x
g()
try:
    print(x)
except NameError:
    print('NameError global deleted in function')
