# format(value, spec) (CPython's; level everything).
try:
    format
except NameError:
    print('SKIP')
    raise SystemExit
print(format(42), format(42, '05'), format(255, '#x'), format('ab', '>4'), format('ab', ''))
print(format(True), format(None), format([1, 2]), format(-7, '+'), format(1234567, ','))
for bad in (('a', 'd'), (1, 'q'), (None, '5')):
    try:
        format(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
try:
    format(1, 2)
except TypeError:
    print('TypeError')
