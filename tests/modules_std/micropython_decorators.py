# @micropython.native/viper/bytecode are emitter choices taken by the compiler, not calls.
import micropython


@micropython.native
def nat(a, b):
    return a * b + 1


@micropython.viper
def vip(x: int) -> int:
    return x + 1


@micropython.bytecode
def byt():
    return [i for i in range(3)]


print(nat(3, 4), vip(2), byt())


class C:
    @micropython.native
    def m(self):
        return 'm'

    @staticmethod
    @micropython.native
    def s():
        return 's'


print(C().m(), C.s())
try:
    exec("@micropython.nosuch\ndef f():\n    pass")
except SyntaxError as e:
    print('SyntaxError', e)
