# unary minus, plus and invert
x = 5
print(-x, +x, ~x)
print(-(-x), ~~x, -~x, ~-x)
m = ~1073741823
print(~0, ~-1, m, ~m)
print(- - - 3, + - + 3)
print(-0, +0, ~0)
print(-True, ~False)
y = -x
print(y, -y)
