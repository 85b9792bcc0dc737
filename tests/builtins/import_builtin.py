# __import__ returns the module
m = __import__('sys')
print(m.maxsize > 0, m is __import__('sys'))
try:
    __import__('no_such_module')
except ImportError:
    print('ImportError')
