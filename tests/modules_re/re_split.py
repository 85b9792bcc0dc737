# pattern.split: by every match, maxsplit; capturing groups are not supported.
try:
    import re
except ImportError:
    print("SKIP")
    raise SystemExit

print(re.compile(",").split("a,b,,c"))
print(re.compile(" *, *").split("a , b,c"))
print(re.compile(",").split("a,b,c", 1))
print(re.compile(",").split(""))
print(re.compile("x").split("abc"))
print(re.compile(b";").split(b"1;2"))
print(re.compile("(?:,)").split("a,b"))
try:
    re.compile("(,)").split("a,b")
except NotImplementedError as e:
    print("NotImplementedError", e)
