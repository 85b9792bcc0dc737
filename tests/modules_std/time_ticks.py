# time.ticks_diff / ticks_add: wrap-around arithmetic on chosen values, relative to the
# ticks period (2**30 on the boards; 2**62 on MicroPython's 64-bit unix port).
import time

P = time.ticks_add(0, -1) + 1
H = P // 2
print(P in (2**30, 2**62))

# Across the wrap-around.
print(time.ticks_diff(5, P - 3), time.ticks_diff(P - 3, 5))
print(time.ticks_add(P - 3, 8), time.ticks_add(5, -8) == P - 3)
print(time.ticks_add(P - 1, 1), time.ticks_add(0, -1) == P - 1)

# The signed result covers -P/2 .. P/2-1.
print(time.ticks_diff(H, 0) == -H, time.ticks_diff(H - 1, 0) == H - 1, time.ticks_diff(0, H) == -H)
print(time.ticks_diff(0, H - 1) == -(H - 1), time.ticks_diff(100, 100), time.ticks_diff(7, 3))

# ticks_diff(ticks_add(t, d), t) == d for any t and |d| < P/2.
ok = True
for t in (0, 1, 12345, H - 1, H, P - 2, P - 1):
    for d in (0, 1, -1, 1000, -1000, H - 1, -(H - 1)):
        u = time.ticks_add(t, d)
        ok = ok and 0 <= u < P and time.ticks_diff(u, t) == d and time.ticks_diff(t, u) == -d
print(ok)

# A delta of half a period or more is refused.
for d in (H, -H, H + 5, -H - 5, 2**70):
    try:
        time.ticks_add(0, d)
        print("no error")
    except OverflowError as e:
        print("OverflowError")

for args in ((), (1,), (1, 2, 3)):
    try:
        time.ticks_diff(*args)
    except TypeError:
        print("TypeError")
