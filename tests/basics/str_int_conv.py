# str(int), repr(int), int(str) and int(str, base)
print(str(0), str(-17), str(1073741823), repr(42))
print(str(0x1f) + str(0b11), len(str(-100)))
print(int('0'), int('123'), int('-45'), int('+7'), int('  89  '))
print(int('007'), int('-0'))
print(int('ff', 16), int('FF', 16), int('-1a', 16), int('0x1f', 16))
print(int('777', 8), int('0o17', 8), int('101', 2), int('0b110', 2))
print(int('z', 36), int('Zz', 36), int('10', 3))
print(int('0x10', 0), int('0o10', 0), int('0b10', 0), int('10', 0))
print(int(5), int(-3), int(True), int(False))
print(int(str(12345)) + 1, str(int('678')) + '9')
print(int('3fffffff', 16), int('-111', 2))
for bad in ('', 'x', '1x', '12 3', '0x', '--1', '1.5'):
    try:
        print(int(bad))
    except ValueError:
        print('ValueError', repr(bad))
for s, base in (('2', 2), ('8', 8), ('g', 16), ('1', 10)):
    try:
        print(int(s, base))
    except ValueError:
        print('ValueError', repr(s), base)
try:
    print(int((1,)))
except TypeError:
    print('TypeError int(tuple)')
