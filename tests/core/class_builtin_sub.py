# Subclassing built-in types: instances behave as their base in its methods and operators.
class L(list):
    def total(self):
        n = 0
        for x in self:
            n += x
        return n
l = L([1, 2, 3])
l.append(4)
print(l, len(l), l[0], l.total(), l + [5], isinstance(l, list), type(l).__name__)
class D(dict):
    def get2(self, k):
        return self[k] * 2
d = D()
d['a'] = 2
print(d['a'], d.get2('a'), len(d), 'a' in d)
class T(tuple):
    pass
t = T((1, 2))
print(t, t[1], len(t), t == (1, 2))
class S(str):
    def shout(self):
        return self + '!'
s = S('hi')
print(s, s.shout(), len(s), s == 'hi')
class E(Exception):
    pass
class F(E):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise F('bad', 7)
except E as e:
    print(type(e).__name__, e, e.args, e.code, isinstance(e, Exception))
try:
    raise E
except E as e:
    print('E', e.args)
class MyErr(ValueError):
    pass
try:
    int('x') if False else (_ for _ in ()).throw(MyErr('m'))
except ValueError as e:
    print('ValueError subclass', e)
class S(str): pass
class I(int):
    def double(self): return self * 2
s = S('abc')
i = I(21)
print(len(s), s + 'd', s == 'abc', 'b' in s, i + 1, i.double(), i == 21, hash(i) == hash(21), {i: 1}[21], int(i), str(s))
print(isinstance(i, int), -i, i < 30, [0, 1, 2][I(1)], range(I(3))[2] if False else list(range(I(3))))
