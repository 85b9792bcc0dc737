# SyntaxError assigning to a literal or a call.
x = 1
f() = x
