# Assignment expressions (:=) in displays, conditions, comprehensions and functions.
print([y := 2, y ** 2])
if (n := 10) > 5:
    print(n)
print([z for i in range(3) if (z := i * 2)])
print(z)
def f():
    return (w := 3) + w
print(f())
def g(data):
    total = 0
    while (item := data.pop()) != 0:
        total += item
    return total, item
print(g([0, 1, 2, 3]))
def h():
    found = [last := x for x in range(5)]
    return found, last
print(h())
