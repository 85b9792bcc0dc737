# property, classmethod, staticmethod and descriptors (__get__/__set__).
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError('too cold')
        self._c = v
    @c.deleter
    def c(self):
        print('deleting')
    @staticmethod
    def unit():
        return 'C'
    @classmethod
    def kind(cls):
        return cls.__name__
t = Temp()
t.c = 25
print(t.c, Temp.unit(), t.unit(), Temp.kind(), t.kind())
try:
    t.c = -300
except ValueError as e:
    print('ValueError', e)
del t.c
class RO:
    @property
    def x(self):
        return 1
try:
    RO().x = 2
except AttributeError:
    print('AttributeError')
class Desc:
    def __get__(self, obj, owner):
        return ('get', owner.__name__)
    def __set__(self, obj, v):
        print('set', v)
class H:
    d = Desc()
h = H()
print(h.d)
h.d = 5
class P2:
    def getx(self):
        return 42
    x = property(getx)
print(P2().x)
