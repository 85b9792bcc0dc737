x = 1
a = b = x
a, (b, c) = [1, 2], 3
[d, e] = f
o.attr = 5
o[0] = 6
x += 1
o.attr -= 2
o[i] *= 3
x //= 2; x **= 2; x @= m
del x, o.attr, o[0]
del (a, b)
