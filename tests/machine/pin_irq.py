# machine.Pin.irq on the host's SIMULATED pins (machine::sim): a pin with an irq fires when
# the layer changes its level; handlers are scheduled and run at the next poll point (here
# time.sleep_ms). Pins P0 and P4 share interrupt line 0, as pins of one number on two
# ports share an EXTI line on the STM32.
import sys

try:
    from machine import Pin
except ImportError:
    print("SKIP")
    raise SystemExit
if sys.platform != "linux":
    print("SKIP")
    raise SystemExit
import gc, time


def poll():
    time.sleep_ms(2)


print(Pin.IRQ_RISING, Pin.IRQ_FALLING, hex(Pin.IRQ_RISING | Pin.IRQ_FALLING))

# Rising only; the handler gets the Pin irq() was called on.
log = []
p = Pin("P0", Pin.OUT, value=0)
i = p.irq(lambda x: log.append(x), Pin.IRQ_RISING)
print(type(i).__name__, i.trigger() == Pin.IRQ_RISING, i.flags())
poll()
print(len(log))
p.on()
print(len(log))  # not yet: handlers run at a poll point
poll()
print(len(log), log[0] is p, i.flags() == Pin.IRQ_RISING)
p.off()
poll()
print(len(log))  # a falling edge is not watched
p.toggle()
p.value(1)  # no edge: the level stays high
poll()
print(len(log))

# Falling only, changing the trigger of the same irq; trigger() returns the old one.
print(i.trigger(Pin.IRQ_FALLING) == Pin.IRQ_RISING, i.trigger() == Pin.IRQ_FALLING)
p.off()
poll()
print(len(log), i.flags() == Pin.IRQ_FALLING)

# Both edges (the default trigger): each edge runs it once; two edges between two polls
# run it once with both flags.
levels = []
q = Pin("P1", Pin.OUT, value=0)
j = q.irq(lambda x: levels.append(x.value()))
print(j.trigger() == Pin.IRQ_RISING | Pin.IRQ_FALLING)
q.on()
poll()
q.off()
poll()
print(levels)
q.on()
q.off()
poll()
print(levels, j.flags() == Pin.IRQ_RISING | Pin.IRQ_FALLING)

# An input fires on a pull change, an output on a mode change that moves its level.
r = Pin("P2", Pin.IN, Pin.PULL_DOWN)
seen = []
r.irq(lambda x: seen.append(x.value()), Pin.IRQ_RISING | Pin.IRQ_FALLING, hard=True)
r.pull(Pin.PULL_UP)
poll()
r.init(Pin.OUT, value=1)  # still high: no edge
poll()
r.init(Pin.OUT, value=0)
poll()
print(seen)

# handler=None turns it off and returns the same irq object; it can be turned on again.
print(p.irq(None) is i, q.irq() is j)
n = len(log), len(levels)
p.on()
p.off()
q.on()
q.off()
poll()
print((len(log), len(levels)) == n)

# The line is taken by another port's pin only while a handler is set.
a = Pin("P6", Pin.OUT, value=0)
try:
    a.irq(print)
except OSError as e:
    print("OSError", e)
r.irq(None)
k = Pin("P6", Pin.OUT, value=0).irq(lambda x: seen.append("P6"), Pin.IRQ_RISING)
Pin("P6").on()
poll()
print(seen[-1])
# The same pin named again is no conflict: it gets the same irq object.
print(Pin("P6").irq(lambda x: seen.append("again"), Pin.IRQ_FALLING) is k)
Pin("P6").off()
poll()
print(seen[-1])

# A handler nobody else refers to is kept alive while set.
def arm():
    got = []
    Pin("P3", Pin.OUT, value=0).irq(lambda x: got.append(1) or print("P3 fired"), Pin.IRQ_RISING)


arm()
gc.collect()
Pin("P3").on()
poll()

# An exception in a handler is printed and dropped; later edges still run it.
calls = []


def bad(x):
    calls.append(1)
    raise ValueError("boom")


p.irq(bad, Pin.IRQ_RISING)
p.on()
poll()
p.off()
p.on()
poll()
print("after", len(calls))

# Bad triggers.
for t in (0, 5, Pin.IRQ_RISING | 1, -1):
    try:
        p.irq(bad, t)
    except ValueError as e:
        print("ValueError", e)
try:
    p.irq(bad, Pin.IRQ_RISING, True)
except TypeError as e:
    print("TypeError", e)
