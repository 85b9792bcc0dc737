# A module function with defaults and keywords: example.scale(x, factor=2, *, offset=0).
import example


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: example.scale(3))
t(lambda: example.scale(3, 10))
t(lambda: example.scale(3, factor=10))
t(lambda: example.scale(x=3, offset=1))
t(lambda: example.scale(3, 10, offset=-1))
# Errors: MicroPython's messages for native functions.
t(lambda: example.scale())
t(lambda: example.scale("3"))
t(lambda: example.scale(3, 4, 5))
t(lambda: example.scale(3, offset=1, bias=2))
t(lambda: example.scale(3, x=3))
# Positional-only function without a signature.
t(lambda: example.read_sensor(1))
t(lambda: example.read_sensor())
t(lambda: example.read_sensor(1, 2))
t(lambda: example.read_sensor(channel=1))
t(lambda: example.read_sensor(None))
print(example.scale.__name__, type(example.scale))
