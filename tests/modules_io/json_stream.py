# json.dump / json.load over streams: io.StringIO, io.BytesIO, and any object with a
# write or read method.
import io
import json

s = io.StringIO()
json.dump([1, {'a': 'b'}, None], s)
print(repr(s.getvalue()))
json.dump({'k': [True]}, s, separators=(',', ':'))
print(repr(s.getvalue()))
print(json.load(io.StringIO('{"x": [1, 2.5, "y"]}')))
print(json.load(io.BytesIO(b'[3, [4]]')))
s = io.StringIO('  [1, 2]  ')
print(json.load(s), repr(s.read()))


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


class Reader:
    def read(self):
        return '{"from": "reader"}'


w = Writer()
json.dump({'nested': [1, [2, [3]]]}, w)
print(''.join(w.parts))
print(json.load(Reader()))
try:
    json.load(io.StringIO('[1, 2'))
except ValueError:
    print('ValueError')
for bad in (5, None):
    try:
        json.dump([1], bad)
    except AttributeError:
        print('AttributeError')
    try:
        json.load(bad)
    except AttributeError:
        print('AttributeError')
