def mod(a, b):
    return a % b
print(mod(7, 3))
print(mod(7, 0))
