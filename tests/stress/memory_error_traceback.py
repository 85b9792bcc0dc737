# A MemoryError raised because the heap is exhausted has a traceback (the frames it passed
# through), as MicroPython's; and after it the heap works again.
import io
import sys


def alloc(n):
    return [0] * n


def outer():
    return alloc(1 << 40)


for attempt in range(2):
    try:
        outer()
    except MemoryError as e:
        buf = io.StringIO()
        sys.print_exception(e, buf)
        lines = buf.getvalue().split("\n")
        # The last line's byte count is MicroPython's own object size: only its start.
        print(lines[:-2])
        print(lines[-2].startswith("MemoryError: memory allocation failed"))
try:
    b = bytearray(1 << 29)
except MemoryError as e:
    print(type(e).__name__, len(e.args))
print(len(alloc(1000)))
