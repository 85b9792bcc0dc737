# select.poll over Python streams (io.IOBase subclasses answering ioctl(3, mask)):
# register with and without a mask, re-register, modify, unregister, poll with timeouts,
# the events reported as the object gives them.
import select, io

print(select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP)


class Stream(io.IOBase):
    def __init__(self, name, ready):
        self.name = name
        self.ready = ready
        self.asked = []

    def ioctl(self, req, arg):
        if req != 3:
            return -1
        self.asked.append(arg)
        return self.ready


def show(res):
    return sorted((o.name, e) for o, e in res)


a = Stream('a', select.POLLIN)
b = Stream('b', 0)
p = select.poll()
print(p)
print(p.register(a))
p.register(b, select.POLLOUT)
print(show(p.poll(0)))
print(a.asked, b.asked)

# The object's answer is reported as it is, even bits beyond the mask.
b.ready = select.POLLOUT | select.POLLHUP
print(show(p.poll(0)))
b.ready = 0

# modify: the mask the object is asked with.
p.modify(a, select.POLLOUT | select.POLLERR)
a.asked = []
print(show(p.poll(0)), a.asked)

# Registering again sets the mask, no second entry.
p.register(a, select.POLLIN)
a.asked = []
print(show(p.poll(0)), a.asked)

# unregister; again is no error.
p.unregister(a)
print(p.unregister(a))
print(show(p.poll(0)))
print(show(p.poll(5)))
print(show(p.poll(None if False else 3)))

# An empty poll with a timeout returns an empty list.
q = select.poll()
print(q.poll(0), q.poll(2))

# A negative timeout waits until something is ready: here at once.
b.ready = select.POLLOUT
print(show(p.poll(-1)), show(p.poll()))
print(type(p.poll(0)), type(p.poll(0)[0]))
