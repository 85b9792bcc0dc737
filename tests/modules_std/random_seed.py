# random: a seeded sequence is MicroPython's (Yasmarang), for every integer function.
import random

random.seed(42)
print([random.getrandbits(16) for _ in range(5)])
random.seed(42)
print([random.getrandbits(32) for _ in range(3)])
random.seed(0)
print([random.getrandbits(1) for _ in range(10)], random.getrandbits(0), random.getrandbits(8))
random.seed(1)
print([random.randrange(10) for _ in range(10)])
random.seed(1)
print([random.randint(-5, 5) for _ in range(10)])
random.seed(1)
print([random.randrange(3, 100, 7) for _ in range(10)])
random.seed(1)
print([random.randrange(100, 3, -7) for _ in range(10)])
random.seed(1)
print([random.randrange(-20, -10) for _ in range(10)])
random.seed(1)
print([random.choice("abcdef") for _ in range(10)])
random.seed(3)
print([random.choice((1, 2, 3)) for i in range(10)], random.choice(range(100, 200)), random.choice([None]))
random.seed(7)
print(random.randrange(2**31), random.randint(0, 2**31), random.randrange(1000000))

# The seed is taken modulo 2**32.
for s in (7, 2**40 + 7, -5, 2**32 - 5, -(2**40) - 5):
    random.seed(s)
    print(s, random.getrandbits(32))

# Seeding again restarts the sequence; seeding from the clock gives some sequence.
random.seed(99)
a = [random.getrandbits(32) for _ in range(4)]
random.seed(99)
print(a == [random.getrandbits(32) for _ in range(4)])
random.seed()
random.seed(None)
print(0 <= random.getrandbits(32) < 2**32)
