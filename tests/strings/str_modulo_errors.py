# %-formatting errors, with MicroPython's messages (.exp).
try:
    '%d' % 1
except TypeError:
    print('SKIP')
    raise SystemExit
def t(f, a):
    try:
        print(repr(f % a))
    except Exception as e:
        print(type(e).__name__, e)
t('%s %s', ('a',))
t('%s', ('a', 'b'))
t('%s', ())
t('', 5)
t('%', ())
t('abc %', ())
t('%5', (1,))
t('%z', (1,))
t('%y %d', 1)
t('%(a', {'a': 1})
t('%(a)s', 1)
t('%(a)s', ('a',))
t('%d', 'x')
t('%x', 'x')
t('%d', [1])
t('%*d', ('a', 1))
t('%c', 'ab')
t('%c', '')
t('%c', [1])
t('%c', 0x110000)
t('%c', -1)
