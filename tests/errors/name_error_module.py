# output printed before the error is kept
print('before')
y = 1
print(y + z)
print('never')
