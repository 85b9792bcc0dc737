# Slice bounds and steps past a machine word are clamped by their sign (CPython's).
try:
    big = 2 ** 100
except OverflowError:
    print('SKIP')
    raise SystemExit
print([1, 2][big:], [1, 2][-big:], [1, 2][:-big], [1, 2][:big])
print('abc'[-big:big], b'abc'[big:], (1, 2, 3)[-big:-1])
print([1, 2, 3][::big], [1, 2, 3][::-big], 'abc'[::-big])
print(range(5)[big:], range(5)[-big:2], list(range(10)[::big]))
print(slice(-big, big).indices(4))
