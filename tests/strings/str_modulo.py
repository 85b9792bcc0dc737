# %-formatting of str (level core): every conversion, flags, widths and precisions.
try:
    '%d' % 1
except TypeError:
    print('SKIP')
    raise SystemExit
print('%s|%r|%a' % ('x', 'x', 'x\u00e9'), '%s %s' % ([1, 'a'], (2,)), '%s' % (('t',),))
print('%d %i %u|%5d|%-5d|%05d|%+d|% d|%+05d' % (-3, 4, 5, 42, 42, 42, 42, 42, -42))
print('%x %X %o|%#x %#X %#o|%#06x|%-#8o|' % (255, 255, 8, 255, 255, 8, 255, 8))
print('%.3d|%5.3d|%-6.3d|%05.3d|%.0d|%x' % (7, 7, 7, 7, 0, -255))
print('%c%c%c|%3c|%-3c|' % (65, 'b', 0x20ac, 'z', 'z'))
print('%5s|%-5s|%.2s|%5.1s|%.0s|%05s|' % ('ab', 'ab', 'xyz', 'xyz', 'q', 'ab'))
print('%*d|%-*d|%.*s|%*.*s|%*d|' % (5, 1, 4, 2, 2, 'abcd', 6, 3, 'abcdef', -4, 9))
print('100%% %s' % 'sure', '%%' % (), '%s' % 'only', repr('' % ()), 'no args' % ())
print('%d %s' % (True, False), '%ld %hd %Ld' % (1, 2, 3), '%s' % None)
print('%s' % '\u00e9\u20ac', '%3s|' % '\u00e9', '%.1s' % '\u00e9\u20ac')
print('%d' % (1 << 29), '%x' % (1 << 29), '%o' % -(1 << 29))
