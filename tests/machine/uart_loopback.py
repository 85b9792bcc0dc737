# machine.UART on the host's SIMULATED loopback UART(1) (machine::sim): what is written is
# read back through the same ring and read paths a board's UART uses.
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
print(u)
print(u.any(), u.read(), u.read(5), u.readline())
print(u.write(b"one\ntwo\nthree"), u.any())
print(u.readline(), u.readline(), u.readline(), u.readline())
print(u.write("text"), u.read(0), u.read(2), u.read(-1))
print(u.write(bytearray(b"xyz")), u.write(memoryview(b"0123")[1:3]), u.read())

# The ring holds 64 bytes; the rest waits in the device and comes in order.
data = bytes(range(200))
u.write(data)
print(u.any())
got = u.read()
print(len(got), got == data)

# readinto: into a bytearray, a slice of one, at most n bytes; None when nothing came.
u.write(b"abcdefgh")
b = bytearray(5)
print(u.readinto(b), b)
print(u.readinto(b, 2), b)
print(u.readinto(memoryview(b)[3:]), b, u.readinto(b))
for bad in (b"ro", "str", 5):
    try:
        u.readinto(bad)
    except TypeError as e:
        print("TypeError", e)

# init: new settings, the same port; timeouts in ms.
u.init(9600, timeout=20, timeout_char=1)
print(u)
print(u.read(3))
u.write(b"late")
print(u.read(10))
for bad in ((), (5,)):
    try:
        u.write(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    UART.any(5)
except TypeError as e:
    print("TypeError", e)
print(u.flush())
