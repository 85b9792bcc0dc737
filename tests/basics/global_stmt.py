# global and local name resolution
g = 1
def read_global():
    return g
def shadow():
    g = 2
    return g
def write_global():
    global g
    g = 3
    return g
print(read_global(), shadow(), g)
print(write_global(), g, read_global())
def create_global():
    global new_name
    new_name = 'created'
create_global()
print(new_name)
def two_globals():
    global a, b
    a = 10
    b = 20
two_globals()
print(a, b)
def unbound():
    try:
        print(g)
    except NameError:
        print('NameError: local referenced before assignment')
    g = 5
    return g
print(unbound(), g)
def counter():
    global count
    count = count + 1
count = 0
for i in range(5):
    counter()
print(count)
