# SyntaxError for two starred targets.
l = [1, 2, 3]
a, *b, *c = l
