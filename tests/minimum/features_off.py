# What a level-`minimum` board (boards/host-minimal) leaves out: each line either runs or
# raises the error MicroPython's minimal builds raise for the missing feature.
def check(src):
    try:
        exec(src)
    except Exception as e:
        print(type(e).__name__ + ":", e)


check("print(pow(2, 10), pow(-3, 3))")
check("print(pow(2, 10, 7))")  # pow3
check("print(f'{1}')")  # fstrings
check("print({1, 2})")  # set
check("print('a%d' % 1)")  # str_op_modulo
check("print('aaa'.count('a'))")  # str_count
check("print(1.5)")  # float = none
check("print(2 ** 100)")  # longint = none
check("print(enumerate)")  # enumerate
check("print(min(1, 2))")  # min_max
check("print(next(iter([]), 5))")  # next2
check("print(bytearray(2))")  # bytearray
check("print((y := 3))")  # assign_expr
check("print(list(range(10))[2], len(range(0, 100, 7)), 14 in range(0, 100, 7))")
check("print(list(range(20, 0, -3)), range(20, 0, -3)[2], range(1, 10)[-2])")
check("print(open)")  # open
check("print([1, 2, 3][1:])")  # slice
check("print(slice)")  # slice
check("print('abc'[1], (1, 2)[-1], [1, 2][0], b'ab'[1], range(5)[2])")
check("print(property)")  # property


class A:
    def f(self):
        return "A.f"


class B:
    pass


check("class C(A, B): pass")  # multiple_inheritance


class D(A):
    pass


print(D().f(), isinstance(D(), A))


class Desc:
    def __get__(self, obj, owner):
        return "got"

    def __set__(self, obj, value):
        print("set", value)


class E:
    d = Desc()

    def __setattr__(self, name, value):
        print("setattr", name)


e = E()
print(type(e.d).__name__)  # descriptors off: the Desc itself
e.x = 5  # delattr_setattr off: a plain store
print(e.x)
import sys  # a built-in module still imports

print(sys.implementation[0])
check("import os")  # not built in: no file search without external_import
check("from . import x")  # relative import
# Without the errno module an OSError prints its number, not its name (MICROPY_PY_ERRNO).
check("raise OSError(2)")
check("raise OSError(22, 'bad')")
