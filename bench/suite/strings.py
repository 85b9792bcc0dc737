N = 20000  # sizes: small=500 normal=20000
# String building and splitting (written for this suite): join, concatenation, %-format,
# str methods (split, replace, find, upper, strip, startswith, count), indexing.
# Checksum: lengths and a digest of the characters.


def build(n):
    parts = []
    for i in range(n):
        parts.append("item%d:%s" % (i, "xyz"[i % 3] * (i % 5 + 1)))
    return ",".join(parts)


def digest(s, acc):
    for i in range(0, len(s), 7):
        acc = (acc * 33 + ord(s[i])) % 1000000007
    return acc


s = build(N)
fields = s.split(",")
acc = digest(s, 0)
total = 0
keys = []
for f in fields:
    k, v = f.split(":")
    if v.startswith("zz"):
        total += len(v)
    keys.append(k.upper().replace("ITEM", "#"))
joined = " ".join(keys)
acc = digest(joined, acc)
line = ""
for i in range(N // 10):
    line += str(i % 10)
    if len(line) > 200:
        t = line.strip("0")
        acc = digest("".join([t[j] for j in range(len(t) - 1, -1, -1)]), acc)
        line = ""
pos = 0
hits = 0
while True:
    pos = s.find("z,", pos)
    if pos < 0:
        break
    hits += 1
    pos += 2
words = ("  %s  " % joined).strip().split(" ")
print(len(s), len(fields), total, hits, len(words), acc, s.count("yy"), joined[-20:])
