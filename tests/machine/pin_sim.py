# machine.Pin on the host's SIMULATED pins P0..P7 (machine::sim): an output reads back its
# latch, an input reads its pull, an open-drain pin reads 0 while driving low.
import sys

try:
    from machine import Pin
except ImportError:
    print("SKIP")
    raise SystemExit
if sys.platform != "linux":
    print("SKIP")
    raise SystemExit

p = Pin("P0", Pin.OUT, value=1)
print(p, p.value(), p(), p.mode() == Pin.OUT, p.pull())
p.off()
print(p.value())
p.on()
print(p.value())
p.toggle()
print(p.value())
p(1)
print(p())
p.value(0)
print(p.value())
print(p(True), p.value(False), p.value())

# The pin map: by name, by number, from a Pin; the same pin whichever way it is named.
q = Pin(0)
print(q, q.value())
r = Pin(p, Pin.IN, Pin.PULL_UP)
print(r, p, r.value(), p.value())

# Inputs read their pull; a value set while an input is driven on becoming an output.
i = Pin("P1", Pin.IN)
print(i, i.value(), i.pull())
i.pull(Pin.PULL_UP)
print(i, i.value(), i.pull() == Pin.PULL_UP)
i.init(pull=Pin.PULL_DOWN)
print(i, i.value())
i.init(pull=None)
print(i)
i.value(1)
print(i.value())
i.mode(Pin.OUT)
print(i, i.value())

# Open drain: low pulls the line down; high releases it to the pull.
d = Pin("P2", Pin.OPEN_DRAIN, Pin.PULL_UP, value=0)
print(d, d.value())
d.on()
print(d.value())
d.init(pull=None)
print(d.value())

# Naming a pin keeps its configuration; init with nothing changes nothing.
print(Pin("P2"))
Pin("P2").init()
print(Pin("P2"))

for bad in ((Pin.init, (p, 5)), (Pin.init, (p, Pin.IN, 9)), (Pin.mode, (p, 3)), (Pin.value, (p, 1, 2)), (Pin.on, (1,))):
    try:
        bad[0](*bad[1])
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    p(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    p(x=1)
except TypeError as e:
    print("TypeError", e)
