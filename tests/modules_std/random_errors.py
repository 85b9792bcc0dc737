# random errors, as MicroPython raises them (bare ValueError / IndexError for empty ranges).
import random


def t(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, repr(e.args))


t(random.getrandbits, 33)
t(random.getrandbits, -1)
t(random.getrandbits, "a")
t(random.randrange, 0)
t(random.randrange, -3)
t(random.randrange, 5, 5)
t(random.randrange, 5, 1)
t(random.randrange, 1, 5, 0)
t(random.randrange, 1, 5, -1)
t(random.randrange, 5, 1, 1)
t(random.randrange, 1.5)
t(random.randrange)
t(random.randrange, 1, 2, 3, 4)
t(random.randint, 5, 1)
t(random.randint, 1)
t(random.choice, [])
t(random.choice, "")
t(random.choice, 5)
t(random.seed, "a")
t(random.seed, 1.5)
t(random.seed, 1, 2)
