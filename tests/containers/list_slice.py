# list slices: load, store, delete, extended slices
l = list(range(10))
print(l[2:5], l[:3], l[7:], l[::-1], l[::3], l[-3:], l[8:2:-2], l[100:], l[:-100], l[5:2])
print(l[1:9:3], l[-1:-4:-1], l[::-3], l[:], l[:] is l)
m = l[:]
m[2:4] = 'abc'
print(m)
m[1:1] = []
m[0:0] = [-1]
print(m)
m[::2] = range(6)
print(m)
del m[::3]
print(m)
del m[1:3]
print(m)
m[2:] = m
print(m)
m[:] = []
print(m)
m = [1, 2, 3]
m[3:] = [4]
m[10:20] = [5]
m[-100:1] = [0]
print(m)
m = [1, 2, 3]
m[2:0] = [9]
print(m)
m = [1, 2, 3]
m[::-1] = [4, 5, 6]
print(m)
del m[::-2]
print(m)
m = list(range(6))
del m[-2:]
del m[10:]
print(m)
try:
    m[::2] = [1]
except ValueError:
    print('ValueError extended')
try:
    m[1:2] = 5
except TypeError:
    print('TypeError iterable')
try:
    m[::0]
except ValueError:
    print('ValueError step')
g = [1, 2, 3, 4]
g[1:3] = (x * 10 for x in range(5))
print(g)
