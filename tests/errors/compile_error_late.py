# A compile error in a late statement: the whole module is compiled before any of it
# runs, so nothing is printed.
print('never printed')


def f():
    return 1


class C:
    def g(self):
        nonlocal q
