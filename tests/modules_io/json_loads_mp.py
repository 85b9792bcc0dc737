# json.loads as MicroPython parses: commas and colons are skipped like whitespace, any
# closing bracket closes the open container, keys may be any value; its error message.
import json

for s in ['[1,]', '[1 2]', '{"a" 1}', '{"a":1,}', '[,]', '{,}', ':1', ',,1', '[}', '{1: 2}',
          '{"a":[]:1}', '01', '1.', '\t[\n1\r]', '"a\nb"', '"\\x"', '[true false]']:
    print(repr(s), repr(json.loads(s)))
for s in ['', '[', '"\\u12"', '"a\x00b"', '{[1]:2}', 'true false', '1.2.3', '1e', 'NaN', 'Infinity']:
    try:
        json.loads(s)
    except ValueError as e:
        print(repr(s), 'ValueError', e)
