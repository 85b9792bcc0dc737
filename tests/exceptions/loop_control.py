# break, continue and return from inside try blocks and handlers
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print('body', i)
    except ValueError:
        print('never')
print('after for', i)
i = 0
while i < 5:
    i += 1
    try:
        raise ValueError(i)
    except ValueError as e:
        if i == 2:
            continue
        if i == 4:
            break
        print('handled', e)
print('after while', i)
def ret_from_try():
    try:
        return 'returned from try'
    except ValueError:
        return 'never'
def ret_from_except():
    try:
        1 // 0
    except ZeroDivisionError:
        return 'returned from except'
print(ret_from_try())
print(ret_from_except())
# the exception state is clean after leaving handlers with break/continue/return
try:
    raise TypeError('fresh')
except TypeError as e:
    print(e)
count = 0
for i in range(100):
    try:
        1 // 0
    except ZeroDivisionError:
        count += 1
        continue
print('caught', count)
