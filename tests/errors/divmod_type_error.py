# divmod of types without floor division: MicroPython's TypeError names __divmod__.
for a, b in [("a", 1), (1, "a"), ([], 2), (None, None), (1j, 2)]:
    try:
        divmod(a, b)
    except TypeError as e:
        print("TypeError", e)
