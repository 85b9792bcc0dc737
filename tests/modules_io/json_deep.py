# json: self-referencing data stops with RuntimeError (the native stack is checked at
# each level); nesting in the input costs heap, not stack.
import json

a = []
a.append(a)
try:
    json.dumps(a)
except RuntimeError as e:
    print('RuntimeError', e)
d = {'x': (1, a)}
try:
    json.dumps(d)
except RuntimeError as e:
    print('RuntimeError', e)
x = json.loads('[' * 500 + ']' * 500)
n = 0
while x:
    x = x[0]
    n += 1
print(n)
x = json.loads('{"a":' * 200 + '1' + '}' * 200)
n = 0
while isinstance(x, dict):
    x = x['a']
    n += 1
print(n, x)
