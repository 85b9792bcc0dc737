# __new__, __dict__, __class__, class attributes in a real dict, closures with defaults.
class Single:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
a = Single(1)
b = Single(2)
print(a is b, a.v)
class Other:
    def __new__(cls, x):
        return x * 2
print(Other(21))
class P:
    def __init__(self):
        self.a = 1
        self.b = 2
p = P()
print(sorted(p.__dict__.items()) if False else p.__dict__)
print(p.__class__.__name__, P.__dict__['__init__'] is not None)
def outer():
    n = 10
    def inner(x=5, *, y=n):
        return x + y + n
    return inner
print(outer()(), outer()(1, y=2))
class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
    def __iter__(self):
        node = self
        while node:
            yield node.v
            node = node.nxt
print(list(Node(1, Node(2, Node(3)))))
