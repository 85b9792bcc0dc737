# Counted repetition with huge bounds (this runtime's extension to MicroPython's re):
# "regex too complex", never an overflowed size (found by fuzzing: {0,4294967295}).
import re

for p in ("(ab){0,4294967295}", "a{1,4000000000}", "(abc){2,2147483648}x", "a{0,65536}", "a{2,5}"):
    try:
        r = re.compile(p)
        print(p, "compiled", r.match("aaaaaa") is not None)
    except ValueError as e:
        print(p, "ValueError", e)
