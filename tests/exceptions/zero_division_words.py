# The wording of ZeroDivisionError (and pow's ValueError) for each kind of division:
# MicroPython says "divide by zero" where CPython varies its message.
def show(f):
    try:
        f()
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)

show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: divmod(7, 0))
show(lambda: 1.0 / 0)
show(lambda: 1.0 // 0.0)
show(lambda: 1.5 % 0)
show(lambda: 10 ** 30 / 0)
show(lambda: 10 ** 30 // 0)
show(lambda: 10 ** 30 % 0)
show(lambda: pow(2, 3, 0))
show(lambda: pow(10 ** 30, 3, 0))
show(lambda: (1 + 2j) / 0)
