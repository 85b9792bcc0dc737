# Used by builtins/globals_module.py: globals() and locals() seen from an imported module.
X = 5
G = globals()
L = locals()
def g():
    return globals()
def l():
    y = 1
    return locals()
def gen():
    yield globals()
def run(f):
    return f()
