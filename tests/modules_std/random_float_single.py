# random.random at single precision: one draw of 23 fraction bits, as MicroPython's.
import random

if float("1e39") != float("inf"):
    print("SKIP")
    raise SystemExit

random.seed(1)
print([int(random.random() * 2**23) for _ in range(5)])
random.seed(1)
print([int((random.uniform(2, 4) - 2) * 2**22) for _ in range(5)])
print(all(0 <= random.random() < 1 for i in range(200)), all(2 <= random.uniform(2, 3) <= 3 for i in range(200)))
