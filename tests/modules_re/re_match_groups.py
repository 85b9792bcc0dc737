# Match objects' groups(), span(), start(), end() (MicroPython's level `everything`; the
# unix-like host board has them), in characters of the subject.
try:
    import re
except ImportError:
    print("SKIP")
    raise SystemExit
m = re.match("(a)", "a")
if not hasattr(m, "span"):
    print("SKIP")
    raise SystemExit

m = re.search("(b+)(x)?(c)", "aabbbcd")
print(m.groups())
print(m.span(), m.span(1), m.span(2), m.start(), m.end(), m.start(3), m.end(1))
m = re.search("é(.)", "aaéb")
print(m.span(), m.span(1), m.group(1))
print(re.match("", "").groups(), re.match("", "").span())
try:
    m.span(5)
except IndexError:
    print("IndexError")
