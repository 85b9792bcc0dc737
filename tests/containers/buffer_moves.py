# Moves inside one buffer at every small offset and alignment: deleting and inserting
# in the middle of bytearrays and lists shifts the tail over itself (the board's memmove,
# both directions), slicing and repeating copy (memcpy), new buffers are filled (memset).
base = bytes(range(97))
total = 0
for start in range(9):
    for n in range(1, 13):
        b = bytearray(base)
        del b[start:start + n]
        total = total * 31 + sum(b[start:start + 20]) + len(b)
        b[start:start] = bytes(range(200, 200 + n))
        total = total * 31 + sum(b) + b[start] + b[-1]
        b[start + 1:start + 1 + n] = b"xy"
        total = (total * 31 + sum(b[:40])) % 1000000007
print(total)
items = list(range(50))
for i in (0, 1, 3, 7, 20):
    items.insert(i, -i)
    del items[i + 2:i + 5]
print(items[:16], len(items))
print(bytearray(13), bytearray(5) + b"abc" * 3, [7] * 9)
print((b"0123456789" * 7)[3:66:7], bytes(bytearray(b"abcdefgh")[1:7]))
m = bytearray(b"abcdefghijklmnopqrstuvwxyz")
m[2:20] = m[5:23]
print(m)
m[5:23] = m[2:20]
print(m)
