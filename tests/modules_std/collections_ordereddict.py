# collections.OrderedDict: a dict that keeps insertion order and prints as OrderedDict.
from collections import OrderedDict

o = OrderedDict([("b", 1), ("a", 2)])
o["c"] = 3
print(o, list(o), list(o.keys()), list(o.values()), list(o.items()))
print(type(o), type(o).__name__, isinstance(o, dict), len(o), o["a"], "b" in o)
print(OrderedDict(z=1, y=2), OrderedDict({"x": 1}), OrderedDict(), repr(OrderedDict()))
del o["b"]
o["b"] = 5
print(o, o.get("b"), o.get("q", 0), o.pop("a"), o)
print(o.popitem(), o, o.setdefault("k", 7), o)
o.update(m=1)
o.update([("n", 2)])
print(o, len(dict(o)))
o.clear()
print(o, len(o), bool(o))


class O2(OrderedDict):
    pass


print(O2(a=1), isinstance(O2(), OrderedDict))
try:
    OrderedDict([(1, 2)], [(3, 4)])
except TypeError as e:
    print("TypeError", e)
try:
    hash(OrderedDict())
except TypeError:
    print("TypeError")
try:
    OrderedDict()["x"]
except KeyError as e:
    print("KeyError", e)
