# dict views: keys() values() items() are live, iterable, sized, support in
d = {'a': 1, 'b': 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d['c'] = 3
print(list(k), list(v), list(i), len(k), len(v), len(i))
print('a' in k, 'z' in k, 2 in v, 9 in v, ('a', 1) in i, ('a', 2) in i, 'a' in i)
print(sorted(v), [x for x in i], dict(i))
del d['a']
print(k)
for key, val in d.items():
    print(key, val)
e = {}
print(e.keys(), e.values(), e.items(), list(iter(e)))
