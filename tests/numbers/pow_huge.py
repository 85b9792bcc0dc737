# Powers too large for any heap raise MemoryError at once instead of running for hours.
for f in (lambda: 2 ** 10 ** 10, lambda: 10 ** (2 ** 40), lambda: (-3) ** 10 ** 12):
    try:
        f()
        print('no error')
    except MemoryError:
        print('MemoryError')
print(1 ** 10 ** 30, (-1) ** (10 ** 30 + 1), 0 ** 10 ** 30)
try:
    1 << 2 ** 70
except (OverflowError, MemoryError):
    print('too large')
