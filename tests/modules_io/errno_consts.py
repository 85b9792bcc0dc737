# errno: the constants of MicroPython's unix port and errorcode, number -> name.
import errno

names = ['EPERM', 'ENOENT', 'EIO', 'EBADF', 'EAGAIN', 'ENOMEM', 'EACCES', 'EEXIST', 'ENODEV',
         'EISDIR', 'EINVAL', 'EOPNOTSUPP', 'EADDRINUSE', 'ECONNABORTED', 'ECONNRESET', 'ENOBUFS',
         'ENOTCONN', 'ETIMEDOUT', 'ECONNREFUSED', 'EHOSTUNREACH', 'EALREADY', 'EINPROGRESS']
for n in names:
    v = getattr(errno, n)
    print(n, v, errno.errorcode[v])

print(errno.__name__, type(errno.errorcode))
print(len(errno.errorcode))
print(sorted(errno.errorcode.items())[:3])
print(errno.errorcode.get(28), errno.errorcode.get(-1))
try:
    errno.errorcode[999]
except KeyError as e:
    print('KeyError', e)
try:
    errno.ENOSPC
except AttributeError:
    print('AttributeError')
from errno import ENOENT, EINVAL
print(ENOENT, EINVAL)
