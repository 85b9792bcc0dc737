# exception class hierarchy: base classes catch subclasses
def raise_kind(k):
    if k == 0:
        1 // 0
    elif k == 1:
        (1,)[1]
    elif k == 2:
        raise ValueError('v')
    elif k == 3:
        raise RuntimeError('r')
for k in range(4):
    try:
        raise_kind(k)
    except ArithmeticError:
        print(k, 'ArithmeticError')
    except LookupError:
        print(k, 'LookupError')
    except Exception:
        print(k, 'Exception')
for k in range(4):
    try:
        raise_kind(k)
    except BaseException:
        print(k, 'BaseException')
# KeyboardInterrupt is not an Exception
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print('never')
except KeyboardInterrupt:
    print('KeyboardInterrupt passed through except Exception')
print(isinstance(ZeroDivisionError(), ArithmeticError))
print(isinstance(IndexError(), LookupError), isinstance(NameError(), Exception))
print(isinstance(KeyboardInterrupt(), Exception), isinstance(KeyboardInterrupt(), BaseException))
