# A compile error (return at module level) and, later, a syntax error: the syntax error
# is reported, as the whole file is parsed before it is compiled; nothing runs.
print('never printed')
return 5
y = [1,
