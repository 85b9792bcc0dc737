# micropython.mem_info/qstr_info/stack_use/kbd_intr/alloc_emergency_exception_buf exist
# and take their arguments; what they print depends on the machine, so it is not shown.
import micropython

print(type(micropython.stack_use()).__name__)


def deeper(n):
    if n:
        return deeper(n - 1)
    return micropython.stack_use()


print(deeper(10) > micropython.stack_use())
micropython.kbd_intr(-1)
micropython.kbd_intr(3)
for name in ('mem_info', 'qstr_info'):
    print(name, callable(getattr(micropython, name)))
