# select.select (MicroPython's bare-metal ports; the unix port and the host board have
# none): three lists polled together, masks joined for an object in several, timeouts in
# seconds, errors.
import select, io

if not hasattr(select, 'select'):
    print('SKIP')
    raise SystemExit


class Stream(io.IOBase):
    def __init__(self, name, ready):
        self.name = name
        self.ready = ready
        self.asked = []

    def ioctl(self, req, arg):
        if req != 3:
            return -1
        self.asked.append(arg)
        return self.ready & arg


def names(res):
    return [sorted(o.name for o in l) for l in res]


r = Stream('r', select.POLLIN)
w = Stream('w', select.POLLOUT)
x = Stream('x', select.POLLERR)
n = Stream('n', 0)
res = select.select([r, n], [w, n], [x, n], 0)
print(type(res), len(res), names(res))
print(r.asked, w.asked, x.asked, n.asked)

# One object in two lists: asked once with both bits.
rw = Stream('rw', select.POLLIN | select.POLLOUT)
print(names(select.select([rw], (rw,), [], 0)), rw.asked)

# Timeouts: int and float seconds; nothing ready gives three empty lists.
print(select.select([n], [], [], 0.01), select.select([], [], [], 0))
print(names(select.select([r], [], [])), names(select.select([r], [], [], None)))
print(names(select.select([r], [], [], -1)))

for bad in ((1, [], []), ([], 'ab', []), ([1], [], []), ([], [], [], 'x')):
    try:
        select.select(*bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    select.select([], [])
except TypeError:
    print('TypeError')
