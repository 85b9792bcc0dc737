# len() and abs()
print(len(''), len('a'), len('hello world'), len('\n\t'))
print(len(()), len((1,)), len((1, (2, 3), 4)))
print(len('ab' * 50), len((0,) * 25))
print(abs(0), abs(5), abs(-5), abs(-1073741823), abs(True), abs(False))
print(abs(-abs(-3)), abs(3 - 10))
for bad in (5, None, True):
    try:
        print(len(bad))
    except TypeError:
        print('TypeError len', repr(bad))
try:
    print(abs(()))
except TypeError:
    print('TypeError abs tuple')
