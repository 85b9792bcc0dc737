# sys.exc_info(): the exception the running handler caught; none outside handlers and
# after one ends (MicroPython's rule: an outer handler's exception is not restored).
import sys

if not hasattr(sys, "exc_info"):
    print("SKIP")
    raise SystemExit

print(sys.exc_info())
try:
    raise ValueError(1)
except ValueError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), tb, t is ValueError, type(v) is t)
    try:
        raise KeyError("k")
    except KeyError:
        print(sys.exc_info()[1])
    print(sys.exc_info())
print(sys.exc_info())


def caught_in_function():
    try:
        1 // 0
    except ZeroDivisionError:
        return sys.exc_info()[0].__name__


print(caught_in_function(), sys.exc_info())

# A user exception class, and the exception instance itself.
class MyError(Exception):
    pass


try:
    raise MyError("m")
except Exception:
    print(sys.exc_info()[0] is MyError, sys.exc_info()[1].args)

# finally without except: nothing is being handled in the finally block after a return.
def fin():
    try:
        return 1
    finally:
        print("finally", sys.exc_info())


fin()
try:
    sys.exc_info(1)
except TypeError as e:
    print("TypeError")
