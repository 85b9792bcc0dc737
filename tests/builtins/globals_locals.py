# globals() and locals() at module level, in functions, class bodies, eval and exec.
# In a function, MicroPython's locals() is the namespace of the code that called it (the
# module's here), not the function's variables (.exp).
def f():
    z = 2
    d = locals()
    print(d is globals(), 'z' in d, 'f' in d)
f()
print(locals() is globals(), 'f' in globals())
class K:
    a = 1
    print('a' in locals(), locals() is globals(), 'K' in locals())
    f()
    def m():
        return locals()
    print('a' in m())
print(eval('globals()') is globals(), eval('locals()') is globals())
d = {}
exec('r = globals() is d', {'d': d})
exec('r = globals(); q = locals()', d)
print(d['r'] is d, d['q'] is d)
d2 = {}
exec('s = locals(); t = 5', d, d2)
print(sorted(d2), d2['s'] is d2, 't' in d)
print(eval('locals()', {'a': 1}, {'b': 2}))
print(sorted(k for k in eval('globals()', {'a': 1}, {'b': 2}) if k != '__builtins__'))
def h():
    exec('w = 1')
    return eval('locals()') is globals()
print(h(), 'w' in globals())
def gen():
    yield globals() is locals()
print(list(gen()))
print('gen' in dir(), sorted(eval('dir()', {'p': 1}, {'q': 2})))
