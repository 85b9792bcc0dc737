//! Clock, QEMU detection and the fatal paths (panic, faults): a fixed message on the UART,
//! then a semihosting `exit(EXIT_FAILURE)` where something can receive it (QEMU, or a
//! debugger such as probe-rs), else a system reset. Never a silent endless loop under QEMU.

use core::ptr::read_volatile;

use cortex_m_rt::exception;
use cortex_m_semihosting::debug;

use crate::usart;

/// RCC clock control register. From reset real silicon reads HSION | HSIRDY (0x0000_xx83);
/// QEMU's netduinoplus2 does not model RCC and reads 0 there.
const RCC_CR: *const u32 = 0x4002_3800 as *const u32;
const RCC_CR_HSIRDY: u32 = 1 << 1;

/// Debug halting control and status register: C_DEBUGEN (bit 0) is set while a debugger
/// is connected.
const DHCSR: *const u32 = 0xE000_EDF0 as *const u32;

/// Real silicon runs from the 16 MHz HSI after reset (this firmware does not start the PLL).
const HSI_HZ: u32 = 16_000_000;
/// QEMU clocks the netduinoplus2's Cortex-M4 (and so SysTick's core clock) at 168 MHz.
const QEMU_SYSCLK_HZ: u32 = 168_000_000;

/// Whether the firmware runs under QEMU's netduinoplus2 (no RCC model) rather than on
/// silicon (always false on the NUCLEO-F411RE, which no QEMU machine models).
pub fn on_qemu() -> bool {
    // SAFETY: RCC_CR is an always-mapped register; reading it has no side effect.
    unsafe { read_volatile(RCC_CR) & RCC_CR_HSIRDY == 0 }
}

/// The core clock SysTick counts.
pub fn core_clock_hz() -> u32 {
    if on_qemu() {
        QEMU_SYSCLK_HZ
    } else {
        HSI_HZ
    }
}

fn debugger_attached() -> bool {
    // SAFETY: DHCSR is an always-mapped system control register; reading has no side effect.
    unsafe { read_volatile(DHCSR) & 1 != 0 }
}

/// Report `msg`, then end: semihosting exit with failure where a host listens, else reset.
pub fn fatal(msg: &[u8]) -> ! {
    usart::write_bounded(b"\r\nFATAL: ");
    usart::write_bounded(msg);
    usart::write_bounded(b"\r\n");
    if on_qemu() || debugger_attached() {
        // Without a host a semihosting BKPT would fault (and lock up in HardFault).
        debug::exit(debug::EXIT_FAILURE);
    }
    cortex_m::peripheral::SCB::sys_reset()
}

#[panic_handler]
fn panic(_info: &core::panic::PanicInfo) -> ! {
    // No formatting of `_info`: core::fmt would cost tens of KB of flash.
    fatal(b"Rust panic")
}

/// Configurable fault status register (MemManage, BusFault and UsageFault status).
const CFSR: *const u32 = 0xE000_ED28 as *const u32;
/// CFSR bits for a fault while stacking the exception frame (BusFault STKERR, MemManage
/// MSTKERR): the stack pointer was outside the stack.
const CFSR_STACKING: u32 = 1 << 12 | 1 << 4;
/// Largest exception frame (with the FPU's lazily stacked registers).
const EXCEPTION_FRAME_MAX: u32 = 0x68;

extern "C" {
    /// Bottom of the stack: the start of RAM, nothing mapped below (memory.x).
    static _stack_end: u8;
}

// The HardFault vector. The fault may be a stack overflow, with SP pointing below RAM, so
// nothing may touch the stack before SP is moved: hand the faulting SP to the report in r0
// and restart the stack at its top (`_stack_start`). What the old stack held is abandoned;
// this path never returns. cortex-m-rt's `#[exception] HardFault` would push first.
core::arch::global_asm!(
    ".section .text.HardFault,\"ax\",%progbits",
    ".global HardFault",
    ".type HardFault,%function",
    ".thumb_func",
    "HardFault:",
    "mrs r0, MSP",
    "movw r1, #:lower16:_stack_start",
    "movt r1, #:upper16:_stack_start",
    "msr MSP, r1",
    "b {report}",
    ".size HardFault, . - HardFault",
    report = sym hard_fault_report,
);

/// Entered from `HardFault` on a fresh stack, with the stack pointer at the time of the fault.
extern "C" fn hard_fault_report(sp: u32) -> ! {
    // Only the address of the linker symbol is taken, never its contents.
    let bottom = core::ptr::addr_of!(_stack_end) as u32;
    // SAFETY: CFSR is an always-mapped system control register; reading has no side effect.
    let cfsr = unsafe { read_volatile(CFSR) };
    if cfsr & CFSR_STACKING != 0 || sp < bottom.wrapping_add(EXCEPTION_FRAME_MAX) {
        fatal(b"HardFault: stack overflow")
    }
    fatal(b"HardFault")
}

#[exception]
unsafe fn DefaultHandler(_irqn: i16) {
    fatal(b"unexpected exception or interrupt")
}
