# floor division by zero at module level
for d in (3, 2, 1, 0):
    print(6 // d)
