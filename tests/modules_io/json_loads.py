# json.loads: every JSON type, whitespace, escapes, nesting; str or bytes input.
import json

for s in ['null', 'true', 'false', '0', '-0', '12', '-345', '123456789012345678901234567890',
          '1.5', '-0.25', '1e2', '1E2', '2.5e-1', '1.5E+2', '""', '"abc"', '[]', '{}',
          '[1, [2, [3, []]]]', '{"a": {"b": [true, null]}}', '  [ 1 ,\t2 ,\n3 ]\r\n ',
          '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\u0041\\u00e9\\u20AC"', '[{"x": 1}, {"y": [{}]}]']:
    v = json.loads(s)
    print(repr(s), repr(v), type(v).__name__)
print(json.loads(b'[1, "b"]'), json.loads(bytearray(b'{"k": false}')))
print(json.loads('{"a": 1, "a": 2}'))
# round trip
data = [1, -2, 'text', None, True, False, [[], {}], {'n': [1, 2, {'m': 'x'}]}]
print(json.loads(json.dumps(data)) == data)
print(json.loads(json.dumps('\x00\x1f"\\')) == '\x00\x1f"\\')

for bad in ['', ' ', '[', '[1, 2', '{"a": 1', ']', '}', 'nul', 'tru', 'fals', 'x', '"abc',
            '[1]]', '1 2', '.5', '+1', '{[1]: 2}']:
    try:
        json.loads(bad)
        print('no error', repr(bad))
    except ValueError:
        print('ValueError', repr(bad))
try:
    json.loads(5)
except TypeError:
    print('TypeError')
