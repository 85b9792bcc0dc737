# select.poll errors: bad arguments, objects without the stream protocol, streams that
# can't be polled, ioctl failures and exceptions, modify of an unknown object.
import select, io


class Stream(io.IOBase):
    def __init__(self, ready):
        self.ready = ready

    def ioctl(self, req, arg):
        if req != 3:
            return -1
        if self.ready == 'raise':
            raise ValueError('from ioctl')
        return self.ready


def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)


attempt(select.poll, 1)
# A failed register leaves nothing registered (each on its own poll object: MicroPython's
# may keep a half-made entry).
attempt(select.poll().register, [])
attempt(select.poll().register, 'abc')
attempt(select.poll().register, Stream(1), 'x')
p = select.poll()
attempt(p.modify, Stream(1), 1)
s = Stream(1)
p.register(s)
attempt(p.modify, s, 'x')
attempt(p.poll, 'a')
attempt(p.poll, 1.5)
attempt(p.ipoll, 0, 'x')

# A negative result is -errno.
s.ready = -5
attempt(p.poll, 0)
s.ready = -1
attempt(p.poll, 0)
s.ready = None
attempt(p.poll, 0)
s.ready = 'raise'
attempt(p.poll, 0)
p.unregister(s)

# StringIO and BytesIO register, but can't be polled.
for m in (io.StringIO('x'), io.BytesIO(b'x')):
    q = select.poll()
    q.register(m)
    attempt(q.poll, 0)
