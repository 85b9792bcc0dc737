def f():
    for i in x:
        try:
            with cm() as c, other():
                if c:
                    break
                return c
        finally:
            g()
