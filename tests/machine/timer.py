# machine.Timer: software timers through the scheduler: periodic, one-shot, freq, deinit,
# a dropped timer still runs, errors; a callback that raises is printed and dropped.
import machine, time
T = machine.Timer
log = []
def cb(t):
    log.append(t is tim)
tim = T(-1, period=20, callback=cb)
print(tim)
time.sleep_ms(110)
tim.deinit()
n = len(log)
print(2 <= n <= 6, all(log))
time.sleep_ms(60)
print(len(log) == n)
once = []
T(-1, mode=T.ONE_SHOT, period=10, callback=lambda t: once.append(1))
time.sleep_ms(50)
print(once)
t2 = T()
print(t2)
t2.init(freq=100, callback=lambda t: once.append(2))
x = 0
start = time.ticks_ms()
while time.ticks_diff(time.ticks_ms(), start) < 60:
    x += 1
t2.deinit()
print(once.count(2) >= 3)
try:
    T(0)
except ValueError as e:
    print('ValueError', e)
try:
    T(-1, mode=5, period=1)
except ValueError as e:
    print('ValueError', e)
try:
    T(-1, period=-5)
except ValueError as e:
    print('ValueError', e)
def bad(t):
    raise OSError(5)
tb = T(-1, mode=T.ONE_SHOT, period=1, callback=bad)
time.sleep_ms(20)
print('after')
