def f():
    print(x)
f()
