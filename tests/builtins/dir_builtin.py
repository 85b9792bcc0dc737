# dir(): global names; dir(obj): its attributes (order is unspecified: sorted here)
try:
    dir
except NameError:
    print('SKIP')
    raise SystemExit
x = 1
def f():
    pass
print([n for n in sorted(dir()) if n[0] != '_'])
class A:
    a = 1
    def m(self):
        pass
class B(A):
    b = 2
o = B()
o.z = 3
print([n for n in sorted(dir(o)) if n[0] != '_'])
print([n for n in sorted(dir(B)) if n[0] != '_'])
print('append' in dir([]), 'keys' in dir({}), 'count' in dir(()), '__class__' in dir(1))
import sys
print('maxsize' in dir(sys), 'exit' in dir(sys))
