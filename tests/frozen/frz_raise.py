# A frozen module that raises while it is imported: the traceback names this file and line.
x = 1


def fail():
    return {}['missing']


fail()
