# The allocation pattern of MicroPython's quadratic-allocator report: append and pop in a
# loop. Each iteration allocates two small objects (the bound methods `l.append` and
# `l.pop`) that die at once, while a few one-block holes stay behind from earlier work.
def run(n):
    l = []
    for i in range(n):
        l.append(i)
        l.pop()
    return len(l)


print(run(1000000))
