class A(B, metaclass=type):
    x = 1
    def m(self, a, *, k=2):
        return super().m(a) + self.x
@deco
class C:
    pass
