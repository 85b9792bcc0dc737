# Long ints through format specs and %-formatting (MicroPython's unix port has them).
big = 2 ** 100
print('{}|{:,}|{:_x}|{:#o}|{:X}|{:b}'.format(big, big, big, -big, big, 2 ** 65))
print('{:>40}|{:<35}|{:^40}|{:+045,}'.format(big, -big, big, big))
print('%d|%x|%#X|%o|%40d|%-35d|%+d|%.35d' % (big, -big, big, big, big, -big, big, big))
print('{:c}'.format(65), str(big)[:5], repr(-big)[-5:])
for f in (lambda: 'a' * big, lambda: b'a' * big, lambda: 'abc'[big], lambda: chr(big), lambda: '%c' % big, lambda: '{:c}'.format(big), lambda: 'x'.center(big), lambda: '' * big):
    try:
        f()
    except (OverflowError, IndexError, ValueError):
        print('error')
