# source layout: comments, blank lines, line joining, semicolons
# a comment line

x = 1  # trailing comment
   # an indented comment line does not start a block
y = (1 +
     2 +
     3)
print(x, y)
z = 1 + \
    2
print(z)
t = (
    'a',
    'b',
)
print(t)
a = 1; b = 2; print(a + b)
def f(p,
      q):
    return p - \
        q
print(f(10,
        3))
if x == 1:

    # blank line and comment inside a block
    print('block with blank lines')


print('end')  # comment at the end without newline
print('no newline at end of file')