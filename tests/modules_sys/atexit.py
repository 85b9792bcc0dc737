# sys.atexit(f): f runs when the program ends (after its last line, here), once; the call
# returns the function it replaces.
import sys

if not hasattr(sys, "atexit"):
    print("SKIP")
    raise SystemExit


def first():
    print("first: never called")


def last():
    print("atexit: called at the end", counter[0])


counter = [0]
print(sys.atexit(first))
print(sys.atexit(last) is first)
counter[0] = 42
print("end of program")
