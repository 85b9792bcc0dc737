print(1 + 2 * 3 - -4)
y = not a
y = a and b or c
y = a < b < c
y = a is not b
y = a not in b
y = a if b else c
y = (1, 'two', None, True, False, ...)
y = [1, 2]
y = {'k': 1, 2: 3}
y = {1, 2}
y = ()
y = f(a, b)
y = o.m(a)
y = o.a.b[0]
y = -x, +x, ~x, x ** 2
y = 'a string longer than ten bytes'
