# Allocation cost must not grow with the heap. Inside a function, `l.append` and `l.pop`
# each allocate a bound method that dies at once, while small holes stay behind from
# earlier allocations; an allocator that rescans from the first hole every time makes
# this loop quadratic in the heap size (seconds on a 256K heap).
def append_pop(n):
    l = []
    for i in range(n):
        l.append(i)
        l.pop()
    return len(l)


print(append_pop(100000))


# The same with objects of two or more blocks between the holes.
def pairs(n):
    l = []
    total = 0
    for i in range(n):
        l.append((i, i + 1, i + 2))
        total += l.pop()[2] % 10
    return total


print(pairs(50000))
