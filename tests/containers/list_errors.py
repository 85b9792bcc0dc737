# list errors: the exception types and MicroPython's messages
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: [].pop())
err(lambda: [1].pop(5))
err(lambda: [1].pop(-2))
err(lambda: [1].index(2))
err(lambda: [1, 2].index(1, 1))
err(lambda: [1].remove(2))
err(lambda: [1][1])
err(lambda: [1][-2])
err(lambda: [1]['a'])
err(lambda: [1] + (1,))
err(lambda: [1] * 'a')
err(lambda: [1] < 1)
err(lambda: list.append(1, 2))
err(lambda: [].append())
err(lambda: [].pop(1, 2))
err(lambda: list(1))
err(lambda: list([], []))
err(lambda: hash([]))
def setitem():
    l = [1]
    l[5] = 2
err(setitem)
def delitem():
    l = [1]
    del l[1]
err(delitem)
