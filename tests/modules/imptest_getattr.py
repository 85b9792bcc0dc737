# A module with a module-level __getattr__ (tests/import/module_getattr.py).
X = 1


def __getattr__(name):
    if name.startswith("dyn_"):
        return name[4:]
    raise AttributeError("no attribute " + name)
