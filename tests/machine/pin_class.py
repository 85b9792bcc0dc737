# machine.Pin as a class (an #[mp_class]): identity of pins, isinstance, a Python
# subclass with its own __init__ and methods, class constants on instances.
import sys

try:
    from machine import Pin
except ImportError:
    print("SKIP")
    raise SystemExit
if sys.platform != "linux":
    print("SKIP")
    raise SystemExit

p = Pin("P3", Pin.OUT, value=0)
print(isinstance(p, Pin), type(p) is Pin, p.OUT == Pin.OUT, p.IN)
print(Pin(p) is p, repr(Pin(3)) == repr(p))


class Led(Pin):
    def __init__(self, name):
        super().__init__(name, Pin.OUT, value=0)
        self.name = name

    def blink(self, n):
        seen = []
        for _ in range(2 * n):
            self.toggle()
            seen.append(self.value())
        return seen


led = Led("P4")
print(isinstance(led, Pin), led.name, led, led.blink(2), led())
led(1)
print(led.value(), Pin("P4").value())


class Bare(Pin):
    def __init__(self):
        pass


try:
    Bare().value()
except TypeError as e:
    print("TypeError", e)
try:
    Pin.value(led.name)
except TypeError as e:
    print("TypeError", e)
