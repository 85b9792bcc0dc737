# re.sub and pattern.sub: templates with \N and \g<N>, a function of the match, count.
try:
    import re
except ImportError:
    print("SKIP")
    raise SystemExit

print(re.sub("a+", "X", "caaat aaa"))
print(re.sub("(a)(b)", r"\2\1", "abab"))
print(re.sub("(a)", r"\g<1>!", "aa"))
print(re.sub("(a)", r"[\1\1]", "bab"))
print(re.sub("a", lambda m: m.group(0).upper(), "banana"))
print(re.sub("a", "o", "banana", 2))
print(re.sub("x", "y", "banana"))
print(re.sub(b"[0-9]", b"#", b"a1b22"))
r = re.compile(r"(\w+)=(\d+)")
print(r.sub(r"\2:\1", "a=1, b=22"))
print(r.sub(lambda m: m.group(1) * int(m.group(2)), "ab=2 c=3", 1))
try:
    re.sub("(a)", r"\2", "a")
except IndexError as e:
    print("IndexError", e)
try:
    re.sub("a", lambda m: 5, "a")
except TypeError:
    print("TypeError")
