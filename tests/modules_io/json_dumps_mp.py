# json.dumps as MicroPython writes it: non-ASCII text as is, control characters as
# \uXXXX (\n \r \t as such), non-str keys in quotes, other objects as their repr, and
# MicroPython's errors for bad separators.
import json

print(json.dumps('caf\u00e9 \u20ac \U0001F600'))
print(json.dumps('\x00\x01\x08\x0c\x1f \n\r\t\x7f'))
print(json.dumps({1: 2}), json.dumps({None: 1}), json.dumps({(1, 'a'): 'x'}), json.dumps({False: 0}))
print(json.dumps(b'bytes"\n'), json.dumps({b'k': 1}))
print(json.dumps([bytearray(b'ab'), range(3), {1}]))


class C:
    def __repr__(self):
        return 'C()'


print(json.dumps([C(), {'c': C()}]))

for sep in [(',',), ('a', 'b', 'c'), 5, (1, 2)]:
    try:
        json.dumps([1], separators=sep)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(json.dumps([1, {'a': 2}], separators=(b',', b':')))
try:
    json.dumps([1], (',', ':'))
except TypeError:
    print('TypeError positional separators')
try:
    json.dumps()
except TypeError:
    print('TypeError no args')
