N = 60000  # sizes: small=1000 normal=60000
# Dict-heavy word counting (written for this suite): a text generated from a vocabulary
# with a seeded generator of our own, words and bigrams counted in dicts, the top entries
# sorted by (-count, word). Checksum: the top lists and distinct counts.

SYL = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "po", "qu", "an"]


def vocabulary():
    words = []
    for a in SYL:
        for b in SYL:
            words.append(a + b)
            words.append(a + b + "s")
    return words


def text(n, words):
    seed = 12345
    out = []
    nw = len(words)
    for _ in range(n):
        seed = (seed * 1664525 + 1013904223) & 0xFFFFFFFF
        # skew the distribution: a small index is more likely
        r = (seed >> 8) % (nw * nw)
        out.append(words[int(r ** 0.5) % nw if r % 3 else (seed >> 4) % 17])
    return " ".join(out)


words = vocabulary()
t = text(N, words)
counts = {}
pairs = {}
prev = None
for w in t.split():
    counts[w] = counts.get(w, 0) + 1
    if prev is not None:
        key = (prev, w)
        if key in pairs:
            pairs[key] += 1
        else:
            pairs[key] = 1
    prev = w
by_first = {}
for (a, b), c in pairs.items():
    d = by_first.setdefault(a, {})
    d[b] = d.get(b, 0) + c
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
top2 = sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
fan = max(len(v) for v in by_first.values())
print(len(counts), len(pairs), top, top2, fan, sum(counts.values()))
