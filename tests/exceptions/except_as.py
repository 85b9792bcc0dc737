# except E as e: the message is what str(e) / print(e) shows
try:
    raise ValueError('bad value')
except ValueError as e:
    print(e)
    print(str(e) + '!')
try:
    raise RuntimeError('single')
except RuntimeError as err:
    print(err)
try:
    raise ValueError
except ValueError as e:
    print(repr(str(e)))
try:
    raise TypeError('')
except TypeError as e:
    print(repr(str(e)), len(str(e)))
try:
    raise IndexError(42)
except IndexError as e:
    print(e)
def f():
    raise NameError('from f')
try:
    f()
except NameError as e:
    print(e)
try:
    raise ValueError('v')
except ValueError as e:
    print(isinstance(e, ValueError), isinstance(e, Exception), isinstance(e, TypeError))
    print(type(e) == ValueError)
# the name is unbound after the handler ends
try:
    print(e)
except NameError:
    print('e unbound after except')
