N = 600  # sizes: small=10 normal=600
# JSON round trip (written for this suite): build nested records of ints, strings with
# escapes, booleans, None, lists and dicts; json.dumps then json.loads, and check the
# result equals the original. Dict order differs between interpreters, so the checksum is
# built from the decoded data in sorted-key order plus the encoded length.
import json

WORDS = ["alpha", "beta", "gamma", "delta", 'quote"d', "back\\slash", "tab\there", "line\nbreak"]


def make_record(i):
    return {
        "id": i,
        "name": WORDS[i % len(WORDS)] + str(i),
        "active": i % 3 == 0,
        "parent": None if i % 5 == 0 else i // 2,
        "scores": [(i * k) % 97 - 40 for k in range(8)],
        "tags": {"t%d" % k: k * i for k in range(i % 4)},
        "nested": {"level": [{"x": i, "y": [i, -i, "s%d" % i]}]},
    }


def digest(v, acc):
    if v is None:
        return (acc * 7 + 1) % 1000000007
    if v is True or v is False:
        return (acc * 7 + (3 if v else 2)) % 1000000007
    if isinstance(v, int):
        return (acc * 31 + v) % 1000000007
    if isinstance(v, str):
        for c in v:
            acc = (acc * 37 + ord(c)) % 1000000007
        return acc
    if isinstance(v, list):
        for x in v:
            acc = digest(x, acc)
        return (acc * 11 + len(v)) % 1000000007
    for k in sorted(v):
        acc = digest(k, acc)
        acc = digest(v[k], acc)
    return (acc * 13 + len(v)) % 1000000007


data = [make_record(i) for i in range(N)]
total_len = 0
ok = True
back = None
for rounds in range(10):
    text = json.dumps(data)
    total_len += len(text)
    back = json.loads(text)
    ok = ok and back == data
print(ok, total_len, digest(back, 0))
