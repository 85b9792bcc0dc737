# and / or / not return operand values
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print(None or 'default', 'x' or 'y', '' or 'empty')
print(() or (1,), (0,) and 'tuple is true')
print(None and 1, False or None)
print(repr('' and 5), repr(0 or ''))
print(not 0, not 1, not '', not 'a', not (), not (0,), not None)
print(not 1 == 2, (not 1) == 2)
print(1 and 2 and 3, 1 and 0 and 3, 0 or 0 or 3, 0 or '' or ())
print(1 or 0 and 0, (1 or 0) and 0)
print(True and False, True or False, not True)
x = 5
y = x > 3 and 'big' or 'small'
print(y)
