# The builtins module: the built-in functions, types and exceptions as attributes.
try:
    import builtins
except ImportError:
    print('SKIP')
    raise SystemExit
print(builtins.__name__, builtins.len([1, 2]), builtins.len is len)
print(builtins.ValueError is ValueError, builtins.KeyError is KeyError, builtins.int is int)
print(hasattr(builtins, 'print'), hasattr(builtins, 'nosuch'))
print('len' in dir(builtins), 'range' in dir(builtins))
try:
    builtins.nosuch
except AttributeError:
    print('AttributeError')
