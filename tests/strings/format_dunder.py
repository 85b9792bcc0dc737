# A class's own __format__ is called by str.format, f-strings and format() (CPython's
# protocol; MicroPython never calls it: the format_dunder feature).
class A:
    def __format__(self, spec):
        return 'A<' + spec + '>'
    def __str__(self):
        return 'strA'
try:
    '{:w}'.format(A())
except ValueError:
    print('SKIP')
    raise SystemExit
print('{}'.format(A()), '{:x}'.format(A()), '{:>{}}'.format(A(), 5))
print(f'{A()}', f'{A():q}', f'{A()!s:>6}')
print('{0:a} {0:b}'.format(A()))
try:
    print(format(A(), 'z'))
except NameError:
    print('A<z>')
# Inherited, overridden, and a subclass of a built-in type.
class B(A):
    pass
class C(A):
    def __format__(self, spec):
        return 'C' + super().__format__(spec)
class I(int):
    def __format__(self, spec):
        return 'I' + spec
class J(int):
    pass
print('{:1}|{:2}|{:3}|{:04}'.format(B(), C(), I(7), J(7)))
# The result must be a str; errors from the method propagate.
class Bad:
    def __format__(self, spec):
        return 42
class Raises:
    def __format__(self, spec):
        raise KeyError(spec)
for o in (Bad(), Raises()):
    try:
        print('{:k}'.format(o))
    except (TypeError, KeyError) as e:
        print(type(e).__name__)
