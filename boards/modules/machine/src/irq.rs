//! Pin edge interrupts, the part a board's interrupt handlers call: [`irq_fired`] records
//! which interrupt lines fired in two static bit masks (one per edge), with one atomic
//! `fetch_or` each, so it is safe from any interrupt handler and never blocks. The Python
//! layer (`py/irq.rs`) takes the masks at the VM's next poll (a scheduler hook) and
//! schedules each line's handler with its `Pin`.
//!
//! A line is what the board's `Board::irq_line` says (on the STM32F4, the EXTI line: the
//! pin's number within its port). Several edges of one line between two polls are one
//! call of its handler.

use core::sync::atomic::{AtomicU32, Ordering};

/// Lines that saw a rising edge since the last [`take`].
static RISEN: AtomicU32 = AtomicU32::new(0);
/// Lines that saw a falling edge since the last [`take`].
static FALLEN: AtomicU32 = AtomicU32::new(0);

/// Lines `mask` (bit n: line n) fired, the edge unknown (the STM32's EXTI does not say
/// which): each counts as the edges its handler asked for. Safe in an interrupt handler.
pub fn irq_fired(mask: u32) {
    RISEN.fetch_or(mask, Ordering::Relaxed);
    FALLEN.fetch_or(mask, Ordering::Relaxed);
}

/// Lines `mask` saw a rising (`rising`) or falling edge: for boards that know the edge
/// (the host's simulation). Safe in an interrupt handler.
pub fn irq_fired_edge(mask: u32, rising: bool) {
    if rising { &RISEN } else { &FALLEN }.fetch_or(mask, Ordering::Relaxed);
}

/// The lines that fired (rising, falling) since the last call, cleared (the Python
/// layer's hook; public for the board tests).
pub fn take() -> (u32, u32) {
    (RISEN.swap(0, Ordering::Relaxed), FALLEN.swap(0, Ordering::Relaxed))
}

/// Forget what lines `mask` recorded (a line being set up anew: an edge from before, or
/// from a soft reset's earlier session, is not its handler's).
pub(crate) fn forget(mask: u32) {
    RISEN.fetch_and(!mask, Ordering::Relaxed);
    FALLEN.fetch_and(!mask, Ordering::Relaxed);
}
