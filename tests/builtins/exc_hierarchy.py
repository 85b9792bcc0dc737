# the built-in exception hierarchy: every class, its base, isinstance through it
names = ['BaseException', 'Exception', 'ArithmeticError', 'AssertionError', 'AttributeError', 'EOFError',
         'GeneratorExit', 'ImportError', 'IndentationError', 'IndexError', 'KeyError', 'KeyboardInterrupt',
         'LookupError', 'MemoryError', 'NameError', 'NotImplementedError', 'OSError', 'OverflowError',
         'RuntimeError', 'StopIteration', 'StopAsyncIteration', 'SyntaxError', 'SystemExit', 'TypeError',
         'UnicodeError', 'ValueError', 'ZeroDivisionError']
g = globals()
for n in names:
    try:
        e = eval(n)
    except NameError:
        print(n, 'missing')
        continue
    print(n, e.__name__ == n, [b.__name__ for b in e.__bases__])
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(IndexError, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException), issubclass(GeneratorExit, Exception))
print(isinstance(IndentationError(), SyntaxError), isinstance(NotImplementedError(), RuntimeError), isinstance(OverflowError(), ValueError))
try:
    raise KeyError('k')
except LookupError as e:
    print('LookupError caught', type(e).__name__)
try:
    1 // 0
except ArithmeticError as e:
    print('ArithmeticError caught', type(e).__name__)
print(NotImplemented, repr(NotImplemented))
