# MicroPython's re where CPython's differs: `.` matches a newline, `$` only at the very
# end, sub stops at an empty match, split does not split on one, match objects print
# their group count.
try:
    import re
except ImportError:
    print("SKIP")
    raise SystemExit

print(re.match(".", "\n") is not None)
print(re.search("a$", "ba\n"))
print(re.sub("x*", "-", "abc"))
print(re.compile("x*").split("axbc"))
print(re.match("(a)(b)", "ab"))
print(repr(re.compile("a"))[:4])
