# Reflected (__radd__) and in-place (__isub__) operators of a native class.
import example

c = example.Counter(5, step=2)
print(c + 3, 3 + c)
d = c
c -= 2
print(c, d is c)
c += 1
print(c, d is c, d)
try:
    2 - c
except TypeError as e:
    print('TypeError', e)
try:
    c * 2
except TypeError as e:
    print('TypeError', e)
try:
    'x' + c
except TypeError as e:
    print('TypeError', e)
# int < Counter asks Counter.__gt__ (absent): Counter.__lt__ reflected the other way.
try:
    print(1 < c)
except TypeError as e:
    print('TypeError', e)
