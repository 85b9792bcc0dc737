# str * int: empty, negative, large counts return or fail at once.
import sys
print(repr('ab' * 0), repr('ab' * -5), 'ab' * 3, 3 * 'xy', repr('' * 1000000), 'a' * True)
print(len('x' * 10000), len('\u00e9' * 100))
print(repr('' * sys.maxsize), repr('abc' * -sys.maxsize))
for n in (sys.maxsize, sys.maxsize // 2):
    try:
        s = 'abc' * n
        print('built', len(s) == 3 * n)
    except (MemoryError, OverflowError):
        print('too big')
try:
    'a' * 'b'
except TypeError:
    print('TypeError')
