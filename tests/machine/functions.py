# machine's functions: freq, unique_id, idle, disable_irq/enable_irq, soft_reset, and
# their argument errors. (reset() is left to tests/tools/machine_qemu_test.py: on a
# board it resets the chip.)
try:
    import machine
except ImportError:
    print("SKIP")
    raise SystemExit

f = machine.freq()
print(type(f).__name__, f >= 0)
u = machine.unique_id()
print(type(u).__name__, 0 < len(u) <= 16, machine.unique_id() == u)
print(machine.idle())
s = machine.disable_irq()
print(type(s).__name__, machine.enable_irq(s))

for call, args in ((machine.freq, (1,)), (machine.enable_irq, ()), (machine.enable_irq, (1, 2)), (machine.idle, (0,))):
    try:
        call(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    machine.enable_irq("on")
except TypeError as e:
    print("TypeError:", e)

# soft_reset raises SystemExit: the REPL of a board soft-reboots on it, a script exits.
try:
    machine.soft_reset()
except SystemExit as e:
    print("SystemExit", e.args)
print(sorted(n for n in ("Pin", "UART", "reset", "soft_reset", "freq", "unique_id", "idle") if hasattr(machine, n)))
