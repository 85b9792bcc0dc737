# try / except catching exceptions raised by the runtime
try:
    print('no exception')
except ValueError:
    print('never')
try:
    1 // 0
    print('never')
except ZeroDivisionError:
    print('caught ZeroDivisionError')
try:
    undefined_name
except NameError:
    print('caught NameError')
try:
    (1, 2)[5]
except IndexError:
    print('caught IndexError')
try:
    int('x')
except ValueError:
    print('caught ValueError')
try:
    1 + 'a'
except TypeError:
    print('caught TypeError')
try:
    'abc'[3]
except IndexError:
    print('caught IndexError str')
try:
    1 % 0
except:
    print('bare except caught it')
x = 0
try:
    x = 1
    x = 2 // x
    x = 3 // 0
    x = 4
except ZeroDivisionError:
    print('x is', x)
print('after')
