# huge ranges: len, in, indexing and slicing answer at once
import sys
big = range(sys.maxsize)
print(-1 in big, 0 in big, sys.maxsize - 1 in big, sys.maxsize in big)
print(len(big) == sys.maxsize, big[-1] == sys.maxsize - 1, big[12345], len(big[::2]) == sys.maxsize // 2 + 1)
lo = -7 * (sys.maxsize // 7)
r = range(lo, sys.maxsize, 7)
print(0 in r, 7 in r, 8 in r, lo + 14 in r, r[1] - r[0])
print(list(range(sys.maxsize - 2, sys.maxsize)) == [sys.maxsize - 2, sys.maxsize - 1])
print(list(range(-sys.maxsize, -sys.maxsize + 3, 1))[0] == -sys.maxsize)
print(big[::-1][0] == sys.maxsize - 1, list(reversed(range(sys.maxsize - 3, sys.maxsize)))[0] == sys.maxsize - 1)
