# Exception types declared in Rust (#[mp_exception]): raised by functions returning
# Result<T, E>, caught by their type or base.
import example

E = example.SensorError
print(E, E.__name__, issubclass(E, ValueError), issubclass(example.LimitError, E))
try:
    example.read_sensor(7)
except E as e:
    print("caught", type(e).__name__, e, e.args, repr(e))
try:
    example.read_sensor(-1)
except ValueError as e:
    print("as ValueError", e)
try:
    example.Counter(example.Counter.LIMIT).incr()
except example.SensorError as e:
    print("as SensorError", type(e).__name__, e.args)
# Raised and caught from Python too.
try:
    raise E("by hand", 2)
except E as e:
    print(e, e.args)


class Mine(example.SensorError):
    pass


try:
    raise Mine("mine")
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, E))
print(example.read_sensor(3))
# Uncaught: its name in the traceback.
example.read_sensor(10)
