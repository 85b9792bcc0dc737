# time.ticks_ms / ticks_us / ticks_cpu: small ints that move forward; sleeps advance them.
import time

for f in (time.ticks_ms, time.ticks_us, time.ticks_cpu):
    t = f()
    print(type(t).__name__, 0 <= t < 2**30 or 0 <= t < 2**62)

t0 = time.ticks_ms()
time.sleep_ms(20)
t1 = time.ticks_ms()
print("sleep_ms(20)", time.ticks_diff(t1, t0) >= 20)

u0 = time.ticks_us()
time.sleep_us(3000)
u1 = time.ticks_us()
print("sleep_us(3000)", time.ticks_diff(u1, u0) >= 3000)

t0 = time.ticks_ms()
time.sleep(0.03)
print("sleep(0.03)", time.ticks_diff(time.ticks_ms(), t0) >= 30)
t0 = time.ticks_ms()
time.sleep(0)
time.sleep_ms(0)
time.sleep_us(0)
time.sleep_ms(-5)
print("no wait", time.ticks_diff(time.ticks_ms(), t0) < 1000)

# Monotonic: each reading is at or after the one before.
ok = True
prev = time.ticks_us()
for i in range(200):
    now = time.ticks_us()
    ok = ok and time.ticks_diff(now, prev) >= 0
    prev = now
print("monotonic", ok)

c0 = time.ticks_cpu()
time.sleep_ms(2)
print("cpu advances", time.ticks_diff(time.ticks_cpu(), c0) > 0)

for f, a in ((time.sleep_ms, 1.5), (time.sleep_ms, "a"), (time.sleep_us, None), (time.sleep, "a")):
    try:
        f(a)
    except TypeError as e:
        print("TypeError", e)
