# Attribute stores look for __setattr__/__delattr__ only once some class has had one; a
# hook that appears late must still run. Each way in is its own file (a fresh runtime).


# Inherited, and __delattr__.
class Base:
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)


class Child(Base):
    pass


c = Child()
c.a = 1
del c.a
print(hasattr(c, "a"))
