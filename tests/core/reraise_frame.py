# The exception being handled belongs to the frame: a handler that calls a function
# which catches and handles its own exception can still re-raise with a bare `raise`.
def inner():
    try:
        raise KeyError('inner')
    except KeyError:
        pass
    return 'inner done'

def outer():
    try:
        raise ValueError('outer')
    except ValueError:
        print(inner())
        raise

try:
    outer()
except ValueError as e:
    print('re-raised', repr(e))

def nested():
    try:
        raise TypeError('a')
    except TypeError:
        try:
            raise IndexError('b')
        except IndexError:
            pass
        raise
try:
    nested()
except TypeError as e:
    print('nested', repr(e))

def gen():
    try:
        raise KeyError('g')
    except KeyError:
        yield 1
        raise
g = gen()
print(next(g))
try:
    next(g)
except KeyError as e:
    print('generator kept', repr(e))

try:
    raise
except RuntimeError as e:
    print('RuntimeError', e)
