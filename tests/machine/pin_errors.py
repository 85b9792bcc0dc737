# machine.Pin's argument errors, the same on every board.
try:
    from machine import Pin
except ImportError:
    print("SKIP")
    raise SystemExit

for args, kw in ((("Z9",), {}), ((999,), {}), ((-1,), {}), ((3.5,), {}), (([],), {}), ((), {})):
    try:
        Pin(*args, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(Pin.IN, Pin.OUT, Pin.OPEN_DRAIN, Pin.PULL_UP, Pin.PULL_DOWN)
print(type(Pin), Pin.__name__)
