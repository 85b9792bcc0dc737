# machine.UART's argument errors, the same on every board: the configuration is checked
# before the board is asked for the UART.
try:
    from machine import UART
except ImportError:
    print("SKIP")
    raise SystemExit

cases = (
    ((7,), {}),
    ((-1,), {}),
    ((300,), {}),
    ((9,), {"bits": 7}),
    ((9,), {"parity": 0}),
    ((9,), {"stop": 2}),
    ((9, 0), {}),
    ((9, -5), {}),
    ((9,), {"timeout": -1}),
    ((9,), {"rxbuf": 10}),
    (("x",), {}),
)
for args, kw in cases:
    try:
        UART(*args, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
