# re.match anchors at the start, re.search finds the leftmost match; group(n) of str and
# bytes subjects; None for no match and for a group that did not take part.
try:
    import re
except ImportError:
    print("SKIP")
    raise SystemExit

print(re.match("abc", "abcdef").group(0))
print(re.match("bcd", "abcdef"))
print(re.search("bcd", "abcdef").group(0))
print(re.search("x", "abcdef"))
m = re.search("a(b+)c", "xxabbbcyy")
print(m.group(0), m.group(1))
m = re.match("(a)|(b)", "b")
print(m.group(0), m.group(1), m.group(2))
print(re.match("(a)(b)?", "a").group(2))
print(re.search(b"b+", b"abbbc").group(0))
print(re.match("", "abc").group(0) == "")
print(re.search("^$", "").group(0) == "")
# Leftmost, then the first alternative that matches.
print(re.search("a|ab", "xab").group(0))
print(re.match("(a|ab)(c|bcd)", "abcd").group(0))
# Compiled patterns: the same methods.
r = re.compile("[0-9]+")
print(r.match("12ab").group(0), r.search("ab345c").group(0), r.match("ab"))
print(re.compile(r) is r or re.compile(r).match("7").group(0))
# Unicode: a character is one code point.
print(re.search("é+", "aééb").group(0))
print(re.match(".", "€x").group(0))
print(re.search("[à-ÿ]+", "abcdéf").group(0))
