# MicroPython's messages for common runtime errors (differ from CPython: see .py.exp)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    5 % 0
except ZeroDivisionError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    1 + 'a'
except TypeError as e:
    print(e)
x = 1
try:
    x()
except TypeError as e:
    print(e)
try:
    (1, 2)[2]
except IndexError as e:
    print(e)
