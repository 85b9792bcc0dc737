# execfile(path[, globals[, locals]]): MicroPython's (level extra, boards with a file
# system): runs a file's source with the caller's or the given namespaces; its errors.
try:
    execfile
    import os
    os.getcwd()
except (NameError, ImportError, OSError):
    print('SKIP')
    raise SystemExit
D = '/tmp/mp_execfile'
try:
    for n in os.listdir(D):
        os.remove(D + '/' + n)
    os.rmdir(D)
except OSError:
    pass
os.mkdir(D)
def write(name, text):
    with open(D + '/' + name, 'w') as f:
        f.write(text)
write('a.py', 'x = 5\ny = x * 2\nprint("in a.py", "x" in globals())\n')
write('bad.py', 'def g(:\n')
write('raise.py', 'def f():\n    raise ValueError("boom")\nf()\n')
print(execfile(D + '/a.py'))
print(x, y)
g = {}
execfile(D + '/a.py', g)
print(sorted(k for k in g if k != '__builtins__'), g['y'])
g, l = {'x': 1}, {}
execfile(D + '/a.py', g, l)
print(sorted(g), sorted(l))
execfile(D + '/a.py', None, l)
print(sorted(l))
for args in [(D + '/nope.py',), (D,), (D + '/bad.py',), (D + '/raise.py',), (D + '/a.py', 1),
             (D + '/a.py', {}, 1), (b'a.py',), (1,)]:
    try:
        execfile(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    execfile(D + '/raise.py')
except ValueError as e:
    import sys
    sys.print_exception(e)
for n in os.listdir(D):
    os.remove(D + '/' + n)
os.rmdir(D)
