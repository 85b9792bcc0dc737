# json.loads: object keys (names the program spells, and strings that are not names) look
# up, compare, hash and sort like any str, whichever way the lookup key was made.
import json

d = json.loads('{"name": 1, "id": 2, "not a name!": 3, "caf\\u00e9": 4, "": 5, "name2": [{"id": 6}]}')
print(d["name"], d["id"], d["not a name!"], d["café"], d[""], d["name2"][0]["id"])
k = "na" + "me"
print(d[k], k in d, "nam" in d, d.get("i" + "d"), sorted(d))
for key in d:
    print(repr(key), key == key.upper().lower(), hash(key) == hash("".join(list(key))))
e = {}
e["name"] = "literal"
e.update(json.loads('{"name": "decoded", "other": 0}'))
print(e, len(e))
print(json.loads('["name", "id", "zz top"]') == ["name", "id", "zz top"])
