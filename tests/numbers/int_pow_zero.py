# Found by fuzzing (fuzz/ repl target): a long int to the power 0 indexed an empty digit
# array. Every base to the power 0 is 1; pow with a modulus too.
for a in (2**100, -2**100, 2**64, 0, 1, -1, 7):
    print(a ** 0, pow(a, 0), pow(a, 0, 7), pow(a, 0, 1))
x = 2**100
x **= 0
print(x, type(x).__name__)
print((2**100) ** 1 == 2**100, (2**100) ** 2 == 2**200, (-2**100) ** 3 == -2**300)
