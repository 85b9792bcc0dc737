# the seed's user module (not in CPython: see .py.exp)
import myport
myport.info()
r = myport.info()
print(r)
info = myport.info
info()
print(callable(myport.info))
import myport
myport.info()
try:
    myport.nope
except AttributeError:
    print('AttributeError')
try:
    myport.info(1)
except TypeError:
    print('TypeError')
