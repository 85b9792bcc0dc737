# SyntaxError for break outside a loop, on its line.
x = 1
if x:
    break
