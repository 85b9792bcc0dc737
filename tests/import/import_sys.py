# the built-in sys module
import sys
print(type(sys.platform))
print(isinstance(sys.platform, str), len(sys.platform) > 0)
import sys
print('imported twice')
def f():
    import sys
    return type(sys.platform)
print(f())
s = sys
print(s is sys)
try:
    sys.nope
except AttributeError:
    print('AttributeError')
