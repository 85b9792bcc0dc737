# machine.UART.deinit on the host's SIMULATED loopback UART(1): I/O on a UART that was
# turned off raises OSError; init() turns it on again, empty.
import sys

try:
    from machine import UART
except ImportError:
    print("SKIP")
    raise SystemExit
if sys.platform != "linux":
    print("SKIP")
    raise SystemExit

u = UART(1, 115200)
u.write(b"left over")
print(u.any(), u.deinit(), u)
for name, args in (("read", ()), ("read", (2,)), ("readline", ()), ("any", ()), ("write", (b"x",)), ("flush", ())):
    try:
        getattr(u, name)(*args)
    except OSError as e:
        print(name, "OSError", e.errno)
try:
    u.readinto(bytearray(2))
except OSError as e:
    print("readinto OSError", e.errno)
print(u.deinit())
u.init(9600, timeout=5)
print(u, u.any(), u.read())
print(u.write(b"back"), u.read())
# A second object for the same UART shares the port.
v = UART(1)
v.write(b"shared")
print(u.read())
