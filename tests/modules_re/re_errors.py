# Errors: bad patterns (ValueError), wrong types (TypeError), missing groups (IndexError),
# wrong argument counts.
try:
    import re
except ImportError:
    print("SKIP")
    raise SystemExit

for p in ["(", ")", "[", "a**", "*a", "a|*", "[a-", "a\\", "(?P<x>a)", "(?i)a", "(?=a)"]:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except ValueError as e:
        print(repr(p), "ValueError", e)
for args in [(1, "a"), ("a", 1), ("a", None)]:
    try:
        re.match(*args)
    except TypeError as e:
        print("TypeError", e)
m = re.match("(a)", "a")
for n in [2, -1]:
    try:
        m.group(n)
    except IndexError as e:
        print("IndexError", e)
try:
    re.match("a")
except TypeError:
    print("TypeError: arguments")
# Deep nesting is refused, not a crash.
try:
    re.compile("(" * 200 + "a" + ")" * 200)
    print("compiled")
except ValueError as e:
    print("ValueError", e)
