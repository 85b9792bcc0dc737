# tuple index out of range inside a function
t = (10, 20, 30)
def get(i):
    return t[i]
print(get(2), get(-3))
print(get(3))
