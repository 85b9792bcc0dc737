# Result<T, E> results: Err raises. OsError(errno) is OSError with MicroPython's
# "[Errno 5] EIO"; an author's error enum converts through From<MyError> for Exc.
try:
    import convtest
except ImportError:
    print("SKIP")
    raise SystemExit


import errno


def show(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e, e.args, getattr(e, "errno", "-"))


show(convtest.oserror, errno.EIO)
show(convtest.oserror, errno.ENOENT)
show(convtest.oserror, errno.EINVAL)
show(convtest.oserror, 12345)
show(convtest.eio)
for channel in range(4):
    show(convtest.read, channel)

try:
    convtest.oserror(errno.EAGAIN)
except OSError as e:
    print(isinstance(e, Exception), e.errno == errno.EAGAIN)

# The exception propagates through Python frames like any other.
def outer():
    return convtest.read(1) + 1


try:
    outer()
except RuntimeError as e:
    print("caught", e)
