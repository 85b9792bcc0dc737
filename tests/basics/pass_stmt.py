# pass as an empty body
def nothing():
    pass
print(nothing())
for i in range(3):
    pass
print(i)
if True:
    pass
else:
    pass
while False:
    pass
try:
    pass
except ValueError:
    pass
def only_pass(a, b):
    pass
print(only_pass(1, 2))
pass
print('done')
