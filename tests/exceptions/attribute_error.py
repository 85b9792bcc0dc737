# AttributeError from a missing module attribute or an attribute of a value
import sys
try:
    sys.nope
except AttributeError:
    print('AttributeError sys.nope')
try:
    y = sys.missing
except AttributeError:
    print('AttributeError sys.missing')
x = 5
try:
    x.foo
except AttributeError:
    print('AttributeError int.foo')
try:
    (1, 2).bar
except AttributeError:
    print('AttributeError tuple.bar')
try:
    None.baz
except AttributeError:
    print('AttributeError None.baz')
def f():
    pass
try:
    f.qux
except AttributeError:
    print('AttributeError function.qux')
print(type(sys.platform))
