# machine.mem8/16/32 on an MCU board (the host has none): reads of flash and of the
# Cortex-M system control space, writes to a peripheral register, MicroPython's errors.
try:
    import machine

    machine.mem32
except (ImportError, AttributeError):
    print("SKIP")
    raise SystemExit

print(machine.mem8, machine.mem16, machine.mem32)
# The vector table at the start of flash: the initial stack pointer, then the reset vector.
sp = machine.mem32[0x08000000]
print(0x20000000 <= sp <= 0x20020000, machine.mem32[0x08000004] & 1)
print(machine.mem8[0x08000000] == sp & 0xFF, machine.mem16[0x08000002] == sp >> 16)
# SysTick's control register: counter, interrupt and core clock enabled.
print(machine.mem32[0xE000E010] & 7)
# SysTick's reload register is writable (peripherals are); write it back as it was.
r = machine.mem32[0xE000E014]
machine.mem32[0xE000E014] = r
print(machine.mem32[0xE000E014] == r)

for m, a in ((machine.mem16, 0x08000001), (machine.mem32, 0x08000002), (machine.mem32, 0x30000000), (machine.mem8, -1)):
    try:
        m[a]
    except ValueError as e:
        print("ValueError", e)
# Flash and RAM are not writable through mem*.
for a in (0x08000000, 0x20000000):
    try:
        machine.mem32[a] = 0
    except ValueError as e:
        print("ValueError", e)
for bad in ("x", 1.5, slice(1, 2)):
    try:
        machine.mem8[bad]
    except TypeError as e:
        print("TypeError", e)
try:
    del machine.mem8[0x08000000]
except TypeError as e:
    print("TypeError", e)
