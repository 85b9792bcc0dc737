# min and max: of an iterable or of arguments, with key= and default=
print(min([3, 1, 2]), max([3, 1, 2]), min('bca'), max((1, 5, 2)), min(iter([4, 2])), max(x % 5 for x in range(9)))
print(min(3, 1, 2), max(1, 3, 2), min([1], [0, 5]), max('a', 'b'))
print(min(['bb', 'a', 'ccc'], key=len), max(['bb', 'a', 'ccc'], key=len), max(1, -5, 3, key=lambda x: x * x))
print(min([], default=7), max([], default=None), min([2], default=0), max(iter([]), key=len, default='d'))
print(max([(1, 'b'), (1, 'a')]), min([1, 1]), max([2, 2], key=lambda x: 0))
print(max([1, 3, 3, 2], key=lambda x: x // 2), max(['a1', 'b1', 'a2'], key=lambda s: s[1]), min(['a1', 'b1', 'a2'], key=lambda s: s[1]))
for f in (lambda: min([]), lambda: max(iter([])), lambda: min(1), lambda: max(), lambda: min(1, 'a'), lambda: max([1], foo=1)):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
