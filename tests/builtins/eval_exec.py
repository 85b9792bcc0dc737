# eval, exec and compile with globals and locals
print(eval('1 + 2'), eval('x', {'x': 5}), eval('x + y', {'x': 5}, {'y': 1}))
g = {}
exec('a = 1\nb = a + 1', g)
print(g['a'], g['b'])
exec('print(__name__)')
exec('zz = 3')
print(zz)
ns = {}
exec('def h():\n    return q\nq = 7', ns)
print(ns['h']())
loc = {}
exec('v = 10', {}, loc)
print(loc)
code = compile('1 + 1', '<s>', 'eval')
print(eval(code), type(code).__name__)
code = compile('w = 3', '<s>', 'exec')
print(exec(code), w)
try:
    eval('1 +')
except SyntaxError:
    print('SyntaxError')
try:
    compile('1', '<s>', 'bad')
except ValueError:
    print('ValueError')
try:
    eval('undefined_name')
except NameError:
    print('NameError')
print(sorted(k for k in globals() if k[0] != '_')[:3], globals() is globals(), locals() is globals())
# Nested scopes inside eval (comprehensions, lambdas).
print(eval("[i * 2 for i in range(3)]"), eval("(lambda x, *, k=1: x + k)(1, k=5)"), eval("{k: v for k, v in [(1, 2)]}"))
