# Pattern syntax: classes, escapes, anchors, groups, quantifiers (greedy and lazy),
# counted repetition.
try:
    import re
except ImportError:
    print("SKIP")
    raise SystemExit


def show(pattern, subject):
    m = re.search(pattern, subject)
    print(repr(pattern), repr(subject), None if m is None else repr(m.group(0)))


show("[abc]+", "xxbcay")
show("[^abc]+", "abxyzc")
show("[a-cx-z]+", "qqabxzq")
show("[-a]+", "x-a-")
show("[a-]+", "x-a-")
show(r"[\d]+", "ab12c")
show(r"[\w.]+", "  a.b_c!")
show(r"[\s]+", "a \t\nb")
show(r"\d+\s\w+", "no 12 ab!")
show(r"\D+", "12ab34")
show(r"\W+", "ab!?cd")
show(r"\S+", "  xy z")
show(r"\.\*\[\]\(\)\+\?\|\^\$\\", "x.*[]()+?|^$\\y")
show(r"\x41\x62", "zAb")
show("a.c", "abc")
show("^ab", "ab ab")
show("ab$", "ab ab")
show("^ab$", "ab ab")
show(r"\bcat\b", "concat cat")
show(r"\Bcat", "concat cat")
show("(?:ab)+", "xababab")
show("a*", "aaab")
show("a*?", "aaab")
show("a+?", "aaab")
show("a??b", "ab")
show("<.*>", "<a><b>")
show("<.*?>", "<a><b>")
show("a{3}", "aaaaa")
show("a{2,3}", "aaaaa")
show("a{2,}", "aaaaa")
show("a{,2}", "a{,2}")
show("a{x}", "a{x}")
show("a{2,3}?", "aaaaa")
show("(ab){2}", "abababx")
show("(a*)*b", "aab")
show("(a|b)*c", "abbac")
show("((a)(b(c)))", "abc")
print(re.match("((a)(b(c)))", "abc").group(3), re.match("((a)(b(c)))", "abc").group(4))
