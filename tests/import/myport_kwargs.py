# keyword arguments and defaults of native functions: #[mp_function(signature = (...))]
# (myport is not in CPython: see .py.exp; the messages are MicroPython's)
import myport

# add(a, b=1, *, scale=1)
print(myport.add(2))
print(myport.add(2, 3))
print(myport.add(2, b=5))
print(myport.add(a=4))
print(myport.add(2, 3, scale=10))
print(myport.add(scale=2, b=1, a=1))
print(myport.add(-3, b=-4, scale=-2))
print(myport.add(1, True))
args = (1, 2)
kw = {'scale': 3}
print(myport.add(*args, **kw))

def call(f):
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)

call(lambda: myport.add())
call(lambda: myport.add(b=2))
call(lambda: myport.add(1, 2, 3))
call(lambda: myport.add(1, c=2))
call(lambda: myport.add(1, a=2))
call(lambda: myport.add(1, 2, b=3))
call(lambda: myport.add('x'))
call(lambda: myport.add(1, scale=None))

# pin(n, /, value=None, *args, pull="up", **opts): n is positional-only
print(myport.pin(1))
print(myport.pin(1, 2))
print(myport.pin(1, None))
print(myport.pin(1, value=3))
print(myport.pin(1, 2, 3, 4, pull='down'))
print(myport.pin(5, pull='down', speed=2))
print(myport.pin(1, n=7))
call(lambda: myport.pin())
call(lambda: myport.pin(n=1))
call(lambda: myport.pin(1, value='x'))
call(lambda: myport.pin(1, 2, value=3))
call(lambda: myport.pin('x'))

# without a signature: positional only, as before
call(lambda: myport.info(x=1))
