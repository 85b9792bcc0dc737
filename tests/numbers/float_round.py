# round(): half to even, with and without digits; ints round too.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(-2.5), round(3.7), round(-3.7))
print(round(2.675, 2) in (2.67, 2.68), round(0.125, 2), round(0.375, 2), round(-0.125, 2), round(1.5, 0), round(2.5, 0))
print(round(1234.5, -2), round(1250.0, -2), round(1350.0, -2), round(-1250.0, -2), round(5.0, -1), round(15.0, -1))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1), round(7, 2))
print(round(2**70 + 2**69, -20) == 2**70 + 2**69, round(123456789012345678901234567890, -25))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, type(round(7, 1)).__name__)
print(round(0.0), round(-0.0, 1), round(1e-30, 2), round(0.5, 5))
for x in (float('inf'), float('nan')):
    try:
        round(x)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__)
print(round(float('inf'), 2), round(float('-inf'), 1))
