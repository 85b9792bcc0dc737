# select.poll.ipoll: the poll object itself as an iterator over (obj, events); one-shot
# mode (flags=1) stops polling an object once reported, until modify/register.
import select, io


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


a = Stream('a', select.POLLIN)
p = select.poll()
p.register(a, select.POLLIN)
it = p.ipoll(0)
print(it is p)
for o, e in it:
    print(o.name, e)
# Iterating again without a new ipoll gives nothing.
print(list(p))

for o, e in p.ipoll(0, 1):
    print('oneshot', o.name, e)
# Now polled with an empty mask.
a.asked = []
print([(o.name, e) for o, e in p.ipoll(0)], a.asked)
p.modify(a, select.POLLIN)
a.asked = []
print([(o.name, e) for o, e in p.ipoll(0)], a.asked)

print(next(p.ipoll(0))[1])
a.ready = 0
try:
    next(p.ipoll(0))
except StopIteration:
    print('StopIteration')
