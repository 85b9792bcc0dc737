# sys.print_exception: to the console and sys.stdout, exceptions with and without a traceback
import sys

def f(n):
    if n == 0:
        raise ValueError('deep', n)
    f(n - 1)

try:
    f(2)
except ValueError as e:
    sys.print_exception(e)
    err = e

sys.print_exception(KeyError('k'))
sys.print_exception(OSError(2, 'x'))
sys.print_exception(TypeError())
sys.print_exception(ValueError('stdout'), sys.stdout)
try:
    sys.print_exception(ValueError('none'), None)
except OSError as e:
    print('OSError', e)
try:
    sys.print_exception()
except TypeError:
    print('TypeError no argument')
