# Python classes deriving from a native class: super().__init__, overridden and inherited
# methods, special methods, isinstance.
import example


class Fast(example.Counter):
    def __init__(self, start):
        super().__init__(start, step=10)
        self.calls = 0

    def incr(self):
        self.calls += 1
        return super().incr() + 1000

    def __repr__(self):
        return "Fast(%d)" % self.value


f = Fast(5)
print(f.incr(), f.incr(), f.value, f.calls)
print(f, repr(f), f.step, f.add(1))
print(isinstance(f, Fast), isinstance(f, example.Counter), type(f).__name__)
print(issubclass(Fast, example.Counter), Fast.__bases__ == (example.Counter,))
print(list(f.upto(50)), f == example.Counter(25, 10), hash(f), bool(f))
f.value = 1
print(f.value, f.extra if hasattr(f, "extra") else "no extra")
f.extra = 2
print(f.extra, f.LIMIT)


class Plain(example.Counter):
    pass


p = Plain(3, 4)
print(p, p.incr(), type(p).__name__, Plain.of(7), type(Plain.of(7)).__name__)


class NoInit(example.Counter):
    def __init__(self):
        pass


n = NoInit()
try:
    n.incr()
except TypeError as e:
    print("TypeError", e)


class Items(example.Bag):
    def __getitem__(self, i):
        return ("item", super().__getitem__(i))


b = Items(2)
b[0] = "a"
print(b[0], len(b), "a" in b)
with b:
    print(b.is_open)
try:
    Fast("x")
except TypeError as e:
    print("TypeError", e)


# A class without #[new] is not a base type.
try:

    class It(example.CountIter):
        pass

except TypeError as e:
    print("TypeError", e)
