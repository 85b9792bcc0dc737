# True, False and None as values
print(True, False, None)
print(repr(True), repr(None), str(False))
print(type(True), type(None))
print(True == 1, False == 0, True + 1, False * 5)
print(None == None, None != False, None == 0)
if None:
    print('None is true')
else:
    print('None is false')
for v in (0, 1, -1, '', 'a', (), (None,), None, True, False):
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
