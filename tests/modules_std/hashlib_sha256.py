# hashlib.sha256: the standard test vectors and lengths around the 64-byte block and the
# 56-byte padding boundary, data given at once or in pieces of every size.
import hashlib

for data in [b'', b'abc', b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', b'a' * 1000]:
    print(hashlib.sha256(data).digest())

msg = bytes(range(256)) * 2
for n in (55, 56, 57, 63, 64, 65, 119, 120, 128, 511):
    print(n, hashlib.sha256(msg[:n]).digest())

for step in (1, 3, 7, 64, 100):
    h = hashlib.sha256()
    for i in range(0, len(msg), step):
        h.update(msg[i:i + step])
    print(step, h.digest() == hashlib.sha256(msg).digest())

# Buffers of every kind, and an empty update.
h = hashlib.sha256(bytearray(b'ab'))
h.update(memoryview(b'c'))
h.update(b'')
print(h.digest() == hashlib.sha256(b'abc').digest())
print(len(hashlib.sha256().digest()))
print(hashlib.sha256(b'x').update(b'y'))
