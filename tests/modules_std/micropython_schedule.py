# micropython.schedule: queued calls run at the next poll point, in order, not nested;
# a full queue raises; an exception in a scheduled function is printed and dropped.
import micropython

log = []


def f(a):
    log.append(a)


micropython.schedule(f, 1)
for i in range(20):
    pass
print(log)


def filler(_):
    n = 0
    try:
        for i in range(10):
            micropython.schedule(f, i)
            n += 1
    except RuntimeError as e:
        log.append((n, str(e)))


log.clear()
micropython.schedule(filler, None)
for i in range(20):
    pass
print(log)


def outer(a):
    log.append('outer start')
    micropython.schedule(f, 'inner')
    for i in range(50):
        pass
    log.append('outer end')


log.clear()
micropython.schedule(outer, 0)
for i in range(50):
    pass
print(log)

# Not checked when queued: calling it fails later, printed like any error there.
micropython.schedule(1, 2)
for i in range(20):
    pass
try:
    micropython.schedule(f)
except TypeError:
    print('TypeError')
