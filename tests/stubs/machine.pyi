# Generated from the #[mp_module] `machine`: do not edit.
"""MicroPython's `machine`: Pin, UART, reset, soft_reset, freq, unique_id, idle,
disable_irq, enable_irq, and mem8/mem16/mem32 on MCU boards.
"""

def reset() -> None:
    """Reset the chip (a board without a hard reset soft-resets)."""
def soft_reset() -> None:
    """Soft reset: raises SystemExit (a board's REPL restarts with a fresh heap)."""
def freq() -> int:
    """The CPU clock in hertz."""
def unique_id() -> bytes:
    """The chip's unique ID."""
def idle() -> None:
    """Wait for an interrupt."""
def disable_irq() -> int:
    """Disable interrupts; the state for enable_irq."""
def enable_irq(state: int, /) -> None:
    """Restore the interrupt state disable_irq returned."""
