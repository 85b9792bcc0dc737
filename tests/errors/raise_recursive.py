# an exception raised at the bottom of a recursion lists every frame
def f(n):
    if n == 0:
        raise ValueError('bottom')
    f(n - 1)

print('start')
f(2)
