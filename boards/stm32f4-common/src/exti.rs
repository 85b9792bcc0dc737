//! Pin edge interrupts on the STM32F4's EXTI: routing a pin to its line (SYSCFG EXTICR),
//! the edges (RTSR/FTSR), the mask (IMR) and the NVIC, through `stm32f4xx-hal`'s
//! [`ExtiPin`]; and the interrupt handlers, which clear the lines' pending bits and tell
//! `machine` ([`machine::irq_fired`]: an atomic bit mask; the handlers run no Python).
//!
//! Lines 0-15 are the pins' numbers within their ports: line n is Pxn of one port at a
//! time (EXTICR selects which). Lines 0-4 have an interrupt each; 5-9 share `EXTI9_5`
//! and 10-15 `EXTI15_10`, whose handlers read which lines are pending and unmasked.
//!
//! QEMU 7.2's netduinoplus2 models no GPIO input that could raise a line (and its EXTI
//! ignores SWIER), so under QEMU only the handler path is tested, by pending the
//! interrupt in the NVIC (STIR); the edge detection itself needs the hardware.

use stm32f4xx_hal::gpio::{Edge, ExtiPin};
use stm32f4xx_hal::pac::{self, interrupt, Interrupt, EXTI, NVIC};
use stm32f4xx_hal::syscfg::SysCfg;

/// The NVIC interrupt of EXTI line `line` (0-15).
fn interrupt_of(line: u8) -> Interrupt {
    match line {
        0 => Interrupt::EXTI0,
        1 => Interrupt::EXTI1,
        2 => Interrupt::EXTI2,
        3 => Interrupt::EXTI3,
        4 => Interrupt::EXTI4,
        5..=9 => Interrupt::EXTI9_5,
        _ => Interrupt::EXTI15_10,
    }
}

/// Route `pin` to its line and interrupt on `edge`, or mask its line (`None`).
pub(crate) fn configure(pin: &mut impl ExtiPin, line: u8, syscfg: &mut SysCfg, exti: &mut EXTI, edge: Option<Edge>) {
    match edge {
        Some(edge) => {
            pin.make_interrupt_source(syscfg);
            pin.trigger_on_edge(exti, edge);
            pin.clear_interrupt_pending_bit();
            pin.enable_interrupt(exti);
            // SAFETY: unmasking can break a critical section built on NVIC masks; this
            // firmware's critical sections mask all interrupts (PRIMASK, cortex-m's
            // `critical-section-single-core`), and the handlers below share nothing with
            // the interrupted code but `machine`'s atomics.
            unsafe { NVIC::unmask(interrupt_of(line)) };
        }
        // The NVIC stays unmasked: other lines of a shared interrupt may still use it.
        None => pin.disable_interrupt(exti),
    }
}

/// The EXTI registers, for the handlers (which own no peripheral).
fn regs() -> &'static pac::exti::RegisterBlock {
    // SAFETY: EXTI is an always-mapped peripheral; the handlers only read PR and IMR and
    // write PR, whose bits are cleared by writing 1, so a write never changes another
    // line's state and races with nothing.
    unsafe { &*EXTI::ptr() }
}

/// Lines `mask` fired: clear their pending bits (else the interrupt comes again at once)
/// and record them for `machine`'s poll.
fn fired(mask: u32) {
    // SAFETY: any value is valid for PR (write 1 to clear; the reserved bits ignore it).
    regs().pr().write(|w| unsafe { w.bits(mask) });
    machine::irq_fired(mask);
}

/// The lines in `group` that are pending and unmasked.
fn pending(group: u32) -> u32 {
    let r = regs();
    r.pr().read().bits() & r.imr().read().bits() & group
}

#[interrupt]
fn EXTI0() {
    fired(1 << 0);
}

#[interrupt]
fn EXTI1() {
    fired(1 << 1);
}

#[interrupt]
fn EXTI2() {
    fired(1 << 2);
}

#[interrupt]
fn EXTI3() {
    fired(1 << 3);
}

#[interrupt]
fn EXTI4() {
    fired(1 << 4);
}

#[interrupt]
fn EXTI9_5() {
    fired(pending(0x3E0));
}

#[interrupt]
fn EXTI15_10() {
    fired(pending(0xFC00));
}
