# OSError with an errno prints the errno's name, as MicroPython prints it.
import errno

for args in [(2,), (2, 'x'), (2, 'x', 'y'), (999,), (999, 'x'), ('a',), (), (22, 5), (errno.ETIMEDOUT,)]:
    e = OSError(*args)
    print(repr(e), '|', str(e), '|', e.args, e.errno)
    print(e)

try:
    raise OSError(errno.EEXIST)
except OSError as e:
    print(e.errno == errno.EEXIST, e.errno, e)


class MyError(OSError):
    pass


e = MyError(errno.ENOENT, 'file')
print(e, repr(e), e.errno, isinstance(e, OSError))
# .errno is args[0] on every exception, as in MicroPython
print(ValueError(5).errno, ValueError().errno)
try:
    open('/no/such/file')
except OSError as e:
    print(e.errno == errno.ENOENT, e)
raise OSError(errno.EINVAL, 'bad value')
