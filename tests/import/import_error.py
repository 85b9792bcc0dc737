# importing a module that does not exist raises ImportError
try:
    import nonexistent
except ImportError:
    print('ImportError nonexistent')
try:
    import nonexistent
except ImportError:
    print('ImportError again')
try:
    nonexistent
except NameError:
    print('name not bound after failed import')
def f():
    import also_missing
try:
    f()
except ImportError:
    print('ImportError inside function')
import sys
print('sys still importable')
