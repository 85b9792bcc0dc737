# SyntaxError for an unclosed bracket at the end of the input.
x = [1,
     2
