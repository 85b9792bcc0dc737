# os.uname (on the boards whose os has it) and os.urandom: sizes, variety, errors.
import os

if hasattr(os, 'uname'):
    u = os.uname()
    print(len(u), all(type(x) is str for x in u))
    print(u.sysname == u[0], u.nodename == u[1], u.release == u[2], u.version == u[3], u.machine == u[4])
else:
    print(5, True)
    print(True, True, True, True, True)

for n in (0, 1, 3, 4, 5, 64, 300):
    b = os.urandom(n)
    print(n, type(b), len(b))
# 32 random bytes twice: equal with probability 2**-256.
print(os.urandom(32) != os.urandom(32))
# All byte values turn up in a long enough draw (misses one with probability < 1e-6).
print(len(set(os.urandom(8192))))
for bad in (-1, 'a', 1.0):
    try:
        os.urandom(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
