# random.random / uniform at double precision: MicroPython's seeded values.
import random

if float("1e39") == float("inf"):
    print("SKIP")
    raise SystemExit

random.seed(1)
print([random.random() for _ in range(3)])
random.seed(1)
print([random.uniform(2, 5) for _ in range(3)])
random.seed(1)
print(random.uniform(5, 2), random.uniform(-1, 1), random.uniform(3, 3))
print(all(0 <= random.random() < 1 for i in range(200)), all(2 <= random.uniform(2, 3) <= 3 for i in range(200)))
