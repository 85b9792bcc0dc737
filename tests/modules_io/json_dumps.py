# json.dumps: every JSON type, nesting, tuples as arrays, separators=.
import json

print(json.dumps(None), json.dumps(True), json.dumps(False))
print(json.dumps(0), json.dumps(-5), json.dumps(2**30 - 1), json.dumps(2**70))
print(json.dumps(1.5), json.dumps(-0.25))
print(json.dumps(''), json.dumps('abc'), json.dumps('a"b\\c/d'))
print(json.dumps([]), json.dumps({}), json.dumps(()), json.dumps([[]]), json.dumps([{}]))
print(json.dumps([1, 'two', None, [True, False], (3, 4)]))
print(json.dumps({'key': [1, {'inner': None}]}))
print(json.dumps({'a': (1, 2)}))
print(json.dumps([[[[[1]]]]]))
big = list(range(50))
print(json.dumps(big) == '[' + ', '.join(str(i) for i in big) + ']')

# separators (keyword only)
print(json.dumps([1, 2, {'a': 3}], separators=(',', ':')))
print(json.dumps({'a': [1, 2]}, separators=[';', '=']))
print(json.dumps([1, 2], separators=None))
print(json.dumps({'k': 'v'}, separators=(' , ', ' : ')))
