# complex(str): real, imaginary and both parts, signs, exponents, spaces around; malformed
# strings are ValueError. int() of bytes-like text.
try:
    complex
except NameError:
    print("SKIP")
    raise SystemExit

for s in ["1+2j", " 3j ", "j", "-j", "+j", "1e3+1e-3j", "-1.5E+2-2.5e-1J", "2", " -4.5 ", "0j"]:
    print(repr(s), complex(s))
for s in ["1 + 2j", "x", "", "1+", "j1", "1+2", "()", "1jj"]:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
try:
    complex("1", 2)
except TypeError:
    print("TypeError")
for a in [(b"12",), (b"12", 10), (bytearray(b" 1 "),), (b"0x1f", 0), (b"-7", 8)]:
    print(int(*a))
