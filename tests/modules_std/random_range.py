# random: results stay inside their ranges and cover them.
import random

random.seed(5)
seen = set()
for i in range(400):
    v = random.randrange(10)
    seen.add(v)
print(sorted(seen))

seen = set()
for i in range(400):
    seen.add(random.randint(-3, 3))
print(sorted(seen))

seen = set()
for i in range(400):
    seen.add(random.randrange(5, 50, 9))
print(sorted(seen))

seen = set()
for i in range(400):
    seen.add(random.randrange(10, 0, -3))
print(sorted(seen))

print(all(0 <= random.getrandbits(n) < 2**n for n in range(33) for i in range(5)))
print(all(random.randrange(1) == 0 for i in range(20)), all(random.randint(4, 4) == 4 for i in range(20)))
print(sorted(set(random.choice("xyz") for i in range(100))))
print(all(0 <= random.randrange(2**31) < 2**31 for i in range(50)))
