# struct errors and MicroPython's lenient cases, as MicroPython words and handles them.
import struct


def t(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


# Bad format characters, prefixes in the wrong place, counts without a code.
for fmt in ("z", "?", "h?", "i h", "i<", "<3", "3", "=h", "O" * 0 + "c"):
    t(struct.calcsize, fmt)
t(struct.calcsize, "=")
t(struct.pack, "<z", 1)
t(struct.unpack, "<q?", b"\x00" * 9)
t(struct.calcsize, 5)
t(struct.pack, 1)
t(struct.pack)
t(struct.unpack, "<h")
t(struct.unpack, "<h", b"abc", 1)
t(struct.unpack_from, "<h", b"ab", 0, 1)

# Buffers: too small, missing, read-only for pack_into.
t(struct.unpack, "<h", b"\x01")
t(struct.unpack, "<h", 5)
t(struct.unpack_from, "<h", b"abc", 2)
t(struct.unpack_from, "<h", b"abc", 5)
t(struct.unpack_from, "<h", b"abc", -4)
t(struct.unpack_from, "<h", b"abc", "x")
b = bytearray(4)
t(struct.pack_into, "<i", b, 1, 7)
t(struct.pack_into, "<h", b, -5, 7)
t(struct.pack_into, "<h", b"abcd", 0, 7)
t(struct.pack_into, "<h", 5, 0, 7)
print(b)

# Wrong value types.
t(struct.pack, "<h", "a")
t(struct.pack, "<h", 1.5)
t(struct.pack, "<h", None)
t(struct.pack, "<s", 1)
try:
    struct.unpack_from("<h", b"abc", offset=1)
except TypeError as e:
    print("TypeError", e)

# MicroPython: no range check (values are truncated), missing arguments are zero bytes,
# extra arguments are ignored; unpack takes a longer buffer.
t(struct.pack, "<h", 70000)
t(struct.pack, "<b", 300)
t(struct.pack, "<B", -1)
t(struct.pack, "<Q", -1)
t(struct.pack, "<q", 2**64 + 3)
t(struct.pack, ">i", -(2**40) - 5)
t(struct.pack, "<hh", 1)
t(struct.pack, "<h", 1, 2)
t(struct.pack, "<x")
t(struct.unpack, "<h", b"\x01\x02\x03")
t(struct.pack, "<s", "abc")
