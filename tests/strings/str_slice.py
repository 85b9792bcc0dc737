# str slicing: bounds, negative indices and steps, out of range.
s = 'abcdefgh'
print(s[2:5], s[:3], s[5:], s[:], s[-3:], s[:-3], s[-100:100], repr(s[5:2]), repr(s[100:]))
print(s[::2], s[1::2], s[::-1], s[::-3], s[6:1:-2], s[-1:-4:-1], repr(s[2:6:-1]))
print(s[slice(1, 4)], s[slice(None, None, 3)], s[1:7][::2])
print(s[:] is s, repr(''[::-1]), repr(''[1:2]))
for i in (0, 7, -1, -8):
    print(s[i], end=' ')
print()
for bad in (8, -9):
    try:
        s[bad]
    except IndexError:
        print('IndexError')
try:
    s[::0]
except ValueError:
    print('ValueError')
try:
    s['a']
except TypeError:
    print('TypeError')
