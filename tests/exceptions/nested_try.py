# nested try blocks, handlers raising new exceptions, re-entry after handling
try:
    try:
        1 // 0
    except ZeroDivisionError:
        print('inner caught')
    print('after inner')
except ZeroDivisionError:
    print('never')
try:
    try:
        1 // 0
    except ZeroDivisionError:
        print('inner handler raises ValueError')
        raise ValueError('from handler')
except ValueError as e:
    print('outer caught:', e)
try:
    try:
        raise TypeError('t')
    except ValueError:
        print('never')
    print('never')
except TypeError as e:
    print('propagated:', e)
def level3():
    raise IndexError('deep')
def level2():
    try:
        level3()
    except ValueError:
        print('never')
def level1():
    try:
        level2()
    except IndexError as e:
        print('level1 caught:', e)
        return 'handled'
print(level1())
for i in range(3):
    try:
        if i == 1:
            raise ValueError(i)
        print('ok', i)
    except ValueError as e:
        print('caught', e)
