# Attribute stores look for __setattr__/__delattr__ only once some class has had one; a
# hook that appears late must still run. Each way in is its own file (a fresh runtime).


def logging_setattr(self, name, value):
    print("set", name, value)
    object.__setattr__(self, name, value)


# A class made by type() with the hook in its namespace.
T = type("T", (), {"__setattr__": logging_setattr})
t = T()
t.z = 3
print(t.z)
