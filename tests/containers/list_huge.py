# huge repeat counts fail at once instead of trying
import sys
for f in (lambda: [0] * sys.maxsize, lambda: [0, 1] * (sys.maxsize // 2 + 2), lambda: (0,) * sys.maxsize):
    try:
        f()
        print('no error')
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__)
a = [1]
try:
    a *= sys.maxsize
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, a)
print([] * sys.maxsize, () * sys.maxsize)
e = []
e *= sys.maxsize
print(e)
