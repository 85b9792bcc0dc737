N = 200000  # sizes: small=2000 normal=200000
# Generator pipelines (written for this suite): a source generator, filtering and mapping
# stages, a sliding-window stage, yield from, generator expressions consumed by sum/max,
# and a send()-driven coroutine. Checksum: the sums.


def source(n):
    x = 1
    for _ in range(n):
        x = (x * 75 + 74) % 65537
        yield x


def keep(pred, it):
    for v in it:
        if pred(v):
            yield v


def scale(k, it):
    for v in it:
        yield v * k % 1009


def windows(it, size):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) == size:
            yield sum(buf)
            buf.pop(0)


def chain(*its):
    for it in its:
        yield from it


def averager():
    total = 0
    count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total // count


pipe = windows(scale(3, keep(lambda v: v % 3 != 0, source(N))), 4)
s1 = 0
m1 = 0
for w in pipe:
    s1 += w
    if w > m1:
        m1 = w
s2 = sum(v & 255 for v in chain(source(N // 2), range(N // 4), (i * i for i in range(N // 4))))
co = averager()
next(co)
last = 0
for v in source(N // 2):
    last = co.send(v % 1000)
evens = [v for v in source(N // 4) if not v & 1]
print(s1, m1, s2, last, len(evens), max(x % 997 for x in evens))
