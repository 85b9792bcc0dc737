if a:
    x = 1
elif b:
    x = 2
else:
    x = 3
while x:
    if y:
        break
    if z:
        continue
    x -= 1
else:
    done()
for i in range(3):
    if i:
        continue
    break
else:
    done()
while True:
    pass
if not (a and b):
    pass
if a or b:
    pass
