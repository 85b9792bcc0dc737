# divmod of ints, floats and bools (the quotient and remainder of floor division), and of a
# class with __divmod__ or __rdivmod__ (tests/errors/divmod_type_error.py: other types).


class D:
    def __divmod__(self, other):
        return ("divmod", other)

    def __rdivmod__(self, other):
        return ("rdivmod", other)


class I(int):
    pass


for a, b in [(7, 2), (-7, 2), (7, -2), (7.5, 2), (-7.5, 2), (True, 2), (I(9), 4), (2 ** 70, 3), (-(2 ** 70), 7)]:
    print(a, b, divmod(a, b))
class NI:
    def __divmod__(self, other):
        return NotImplemented

    def __rdivmod__(self, other):
        return ("NI rdivmod", other)


print(divmod(D(), 3), divmod(3, D()))
# NotImplemented passes on to the other operand's __rdivmod__ (another type only).
print(divmod(NI(), D())[0])
for a, b in [(NI(), 3), (NI(), NI())]:
    try:
        divmod(a, b)
    except TypeError:
        print("TypeError")
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError")
