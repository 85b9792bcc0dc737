# micropython.heap_lock/heap_unlock: allocation fails while locked, depth counts.
import micropython

r = a = b = t = None


def attempt():
    try:
        x = [1, 2, 3]
        return x
    except MemoryError as e:
        return e


micropython.heap_lock()
r = attempt()
micropython.heap_unlock()
print(type(r).__name__, r.args)
print(attempt())
micropython.heap_lock()
micropython.heap_lock()
a = micropython.heap_unlock()
r = attempt()
b = micropython.heap_unlock()
print(a, b, type(r).__name__)
# Small ints and existing objects need no heap while locked.
micropython.heap_lock()
t = 1 + 2
micropython.heap_unlock()
print(t)
