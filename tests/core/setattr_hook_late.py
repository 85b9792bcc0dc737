# Attribute stores look for __setattr__/__delattr__ only once some class has had one; a
# hook that appears late must still run: here, assigned to a class after its instances
# stored attributes (setattr_hook_type.py and delattr_hook_inherited.py: the other ways in).


class Plain:
    pass


p = Plain()
for i in range(5):
    p.x = i
print(p.x)


def logging_setattr(self, name, value):
    print("set", name, value)
    object.__setattr__(self, name, value)


# Assigned to an existing class after its instances stored attributes.
Plain.__setattr__ = logging_setattr
p.y = 10
print(p.y)
