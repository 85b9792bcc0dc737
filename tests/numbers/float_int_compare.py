# Ints and floats compare exactly, as CPython does (not by converting the int to a float).
big = 2**53
print(big == 2.0**53, big + 1 == 2.0**53, big + 1 > 2.0**53, 2.0**53 < big + 1, float(big + 1) == big)
print(2**24 + 1 == 2.0**24, 2**24 + 1 > 2.0**24, 2.0**24 - 1 == 2**24 - 1)
print(2**80 == 2.0**80, 2**80 + 1 > 2.0**80, 2**80 - 1 < 2.0**80)
print(-2**80 == -2.0**80, -2**80 - 1 < -2.0**80, 2**100 > 2.0**99, 2**100 < 2.0**101)
print(3 < 3.5, 3 > 3.5, 4 > 3.5, -3 > -3.5, -4 < -3.5, 0 == -0.0, 5 <= 5.0, 5 >= 5.0)
print(2**100 < float('inf'), -2**100 > float('-inf'), 2**100 == float('nan'), 2**100 != float('nan'))
print(max(1, 2.5, 2), min(3, -0.5), max(2**70, 2.0**71) == 2**71, min(2**70, 2.0**71))
print(1 == 1.0, True == 1.0, False == 0.0, 0.5 == True)
