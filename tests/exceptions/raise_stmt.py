# raise with a class, with an instance, and with a message
try:
    raise ValueError
except ValueError:
    print('raised class')
try:
    raise ValueError('with message')
except ValueError as e:
    print('raised instance:', e)
exc = TypeError('stored instance')
try:
    raise exc
except TypeError as e:
    print(e, e is exc)
cls = IndexError
try:
    raise cls
except IndexError:
    print('raised class from variable')
def check(n):
    if n < 0:
        raise ValueError('negative')
    return n
for n in (1, -1):
    try:
        print(check(n))
    except ValueError as e:
        print('check failed:', e)
try:
    raise 42
except TypeError:
    print('TypeError raising a non-exception')
try:
    raise KeyboardInterrupt
except KeyboardInterrupt:
    print('KeyboardInterrupt by name')
try:
    raise MemoryError
except MemoryError:
    print('MemoryError by name')
try:
    raise RuntimeError('runtime')
except RuntimeError as e:
    print(e)
