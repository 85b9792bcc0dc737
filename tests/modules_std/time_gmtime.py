# time.gmtime / localtime / mktime on fixed epochs (seconds since 1970-01-01 UTC).
import time

for secs in (0, 86399, 86400, -1, -86401, 951782400, 978307200, 1234567890, 2**31, 4102444800, -2208988800, 253402300799):
    t = time.gmtime(secs)
    print(secs, t[:8], len(t) in (8, 9))
print(time.gmtime(1.9)[:8], time.localtime(0)[:8])
now = time.gmtime()
print(len(now) in (8, 9), 1 <= now[1] <= 12, 1 <= now[2] <= 31, 0 <= now[6] <= 6)

for t in ((1970, 1, 1, 0, 0, 0, 0, 0), (2000, 1, 1, 0, 0, 0, 0, 0), (2024, 2, 29, 12, 30, 45, 0, 0), (2100, 3, 1, 0, 0, 0, 0, 0, 0), [2009, 2, 13, 23, 31, 30, 0, 0]):
    s = time.mktime(t)
    print(s, time.gmtime(s)[:6] == tuple(t[:6]))

# Fields out of range carry into the next larger one.
print(time.mktime((2024, 14, 40, 25, 61, 61, 0, 0)), time.gmtime(time.mktime((2024, 14, 40, 25, 61, 61, 0, 0)))[:6])
print(time.mktime((2000, 1, 0, 0, 0, 0, 0, 0)), time.mktime((2001, 0, 1, 0, 0, 0, 0, 0)), time.mktime((2000, 3, 1, -1, 0, 0, 0, 0)))
print(time.mktime((2000, -30, -400, -50, -70, -80, 0, 0)), time.mktime((1960, 1, 1, 0, 0, 0, 0, 0)))

# Round trip for a range of days.
ok = True
for d in range(-800, 800, 7):
    s = d * 86400 + 3723
    ok = ok and time.mktime(time.gmtime(s)) == s
print(ok)

for a in ((2024, 1, 1), (2024, 1, 1, 0, 0, 0, 0, 0, 0, 0), 5, (2000, 1, 1, 0, 0, "a", 0, 0)):
    try:
        time.mktime(a)
    except TypeError as e:
        print("TypeError", e)
try:
    time.gmtime("a")
except TypeError:
    print("TypeError")
