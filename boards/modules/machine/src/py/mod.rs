//! The `machine` module as Python sees it (MicroPython's `machine`): `Pin`, `UART`,
//! `reset`, `soft_reset`, `freq`, `unique_id`, `idle`, `disable_irq`/`enable_irq`, and
//! `mem8`/`mem16`/`mem32` on boards that have them (`mem` feature).
//!
//! Written on the runtime's native API (ROM `Type`s, a ROM dict, `NativeFn`s), because
//! `#[mp_module]` cannot yet put a class in a module's table: that is `#[mp_class]`'s job
//! (issue 14), not merged when this was written. The module is registered the usual way:
//! the board's build lists every `#[mp_module]` it finds in the crate's sources, by path;
//! `machine_marker` below is that listing's entry for this hand-written module (it is
//! compiled out, so the macro never runs on it, and the `__MP_MODULE` at its path is the
//! one in [`machine`]). With `#[mp_class]`, `machine` becomes an ordinary `#[mp_module]`
//! and the marker goes.

#[cfg(feature = "mem")]
mod mem;
mod pin;
mod uart;

use runtime::obj::dict::{sort_entries, RomDict, RomEntry};
use runtime::obj::exc::{self, Exc};
use runtime::obj::fun::NativeFn;
use runtime::obj::{bytes, int, Obj};
use runtime::{qstr, Module};

use crate::board::{with_board, HwError};

// The scanner's view of the module (see the header): never compiled. The board's module
// table names the module at this path, and the stub writer (`.pyi`) reads these
// declarations: the signatures of the functions below, which the stub lists; `Pin`, `UART`
// and `mem*` are not in the stub until the module is written with the macros.
/// MicroPython's `machine`: Pin, UART, reset, soft_reset, freq, unique_id, idle,
/// disable_irq, enable_irq, and mem8/mem16/mem32 on MCU boards.
#[cfg(any())]
#[runtime::mp_module]
pub mod machine {
    /// Reset the chip (a board without a hard reset soft-resets).
    #[mp_function]
    fn reset() {}
    /// Soft reset: raises SystemExit (a board's REPL restarts with a fresh heap).
    #[mp_function]
    fn soft_reset() {}
    /// The CPU clock in hertz.
    #[mp_function]
    fn freq() -> u32 {}
    /// The chip's unique ID.
    #[mp_function]
    fn unique_id() -> &[u8] {}
    /// Wait for an interrupt.
    #[mp_function]
    fn idle() {}
    /// Disable interrupts; the state for enable_irq.
    #[mp_function]
    fn disable_irq() -> u32 {}
    /// Restore the interrupt state disable_irq returned.
    #[mp_function]
    fn enable_irq(state: u32) {}
}

/// The `machine` module: `crate::py::machine::__MP_MODULE` is what the module table names.
pub mod machine {
    use super::*;

    #[doc(hidden)]
    pub static __MP_MODULE: Module = Module::new(qstr!("machine"), &GLOBALS);

    #[cfg(feature = "mem")]
    static GLOBALS: RomDict = RomDict::new(&sort_entries([
        RomEntry::new(qstr!("__name__"), Obj::from_qstr(qstr!("machine"))),
        RomEntry::new(qstr!("Pin"), Obj::from_static(&pin::PIN_TYPE)),
        RomEntry::new(qstr!("UART"), Obj::from_static(&uart::UART_TYPE)),
        RomEntry::new(qstr!("reset"), Obj::from_static(&RESET)),
        RomEntry::new(qstr!("soft_reset"), Obj::from_static(&SOFT_RESET)),
        RomEntry::new(qstr!("freq"), Obj::from_static(&FREQ)),
        RomEntry::new(qstr!("unique_id"), Obj::from_static(&UNIQUE_ID)),
        RomEntry::new(qstr!("idle"), Obj::from_static(&IDLE)),
        RomEntry::new(qstr!("disable_irq"), Obj::from_static(&DISABLE_IRQ)),
        RomEntry::new(qstr!("enable_irq"), Obj::from_static(&ENABLE_IRQ)),
        RomEntry::new(qstr!("mem8"), Obj::from_static(&mem::MEM8)),
        RomEntry::new(qstr!("mem16"), Obj::from_static(&mem::MEM16)),
        RomEntry::new(qstr!("mem32"), Obj::from_static(&mem::MEM32)),
    ]));

    #[cfg(not(feature = "mem"))]
    static GLOBALS: RomDict = RomDict::new(&sort_entries([
        RomEntry::new(qstr!("__name__"), Obj::from_qstr(qstr!("machine"))),
        RomEntry::new(qstr!("Pin"), Obj::from_static(&pin::PIN_TYPE)),
        RomEntry::new(qstr!("UART"), Obj::from_static(&uart::UART_TYPE)),
        RomEntry::new(qstr!("reset"), Obj::from_static(&RESET)),
        RomEntry::new(qstr!("soft_reset"), Obj::from_static(&SOFT_RESET)),
        RomEntry::new(qstr!("freq"), Obj::from_static(&FREQ)),
        RomEntry::new(qstr!("unique_id"), Obj::from_static(&UNIQUE_ID)),
        RomEntry::new(qstr!("idle"), Obj::from_static(&IDLE)),
        RomEntry::new(qstr!("disable_irq"), Obj::from_static(&DISABLE_IRQ)),
        RomEntry::new(qstr!("enable_irq"), Obj::from_static(&ENABLE_IRQ)),
    ]));
}

static RESET: NativeFn = NativeFn::new(qstr!("reset"), 0, 0, reset);
static SOFT_RESET: NativeFn = NativeFn::new(qstr!("soft_reset"), 0, 0, |_| Err(soft_reset()));
static FREQ: NativeFn = NativeFn::new(qstr!("freq"), 0, 0, freq);
static UNIQUE_ID: NativeFn = NativeFn::new(qstr!("unique_id"), 0, 0, unique_id);
static IDLE: NativeFn = NativeFn::new(qstr!("idle"), 0, 0, idle);
static DISABLE_IRQ: NativeFn = NativeFn::new(qstr!("disable_irq"), 0, 0, disable_irq);
static ENABLE_IRQ: NativeFn = NativeFn::new(qstr!("enable_irq"), 1, 1, enable_irq);

/// The board, or `OSError(ENODEV)` when the board installed none (or from a nested call,
/// which cannot happen from Python: no board method calls back into Python).
fn board<R>(f: impl FnOnce(&mut dyn crate::Board) -> R) -> Result<R, Exc> {
    with_board(f).ok_or_else(|| exc::os_error(19))
}

/// `SystemExit`: the REPL of an MCU board soft-resets on it (fresh heap, banner), as
/// MicroPython's stm32 port does; the host exits, as its unix port does.
fn soft_reset() -> Exc {
    exc::new(&exc::SYSTEM_EXIT, &[])
}

/// A hard reset where the board has one (it does not return); else a soft reset.
fn reset(_: &[Obj]) -> Result<Obj, Exc> {
    board(|b| b.reset())?;
    Err(soft_reset())
}

fn freq(_: &[Obj]) -> Result<Obj, Exc> {
    int::from_u64(u64::from(board(|b| b.freq())?))
}

fn unique_id(_: &[Obj]) -> Result<Obj, Exc> {
    let mut id = [0u8; 16];
    let n = board(|b| b.unique_id(&mut id))?;
    bytes::from_slice(&id[..n.min(id.len())])
}

fn idle(_: &[Obj]) -> Result<Obj, Exc> {
    board(|b| b.idle())?;
    Ok(Obj::NONE)
}

fn disable_irq(_: &[Obj]) -> Result<Obj, Exc> {
    int::from_u64(u64::from(board(|b| b.disable_irq())?))
}

fn enable_irq(args: &[Obj]) -> Result<Obj, Exc> {
    let state = int::expect_i64(args[0])?;
    board(|b| b.enable_irq(state as u32))?;
    Ok(Obj::NONE)
}

/// A hardware failure as Python sees it: `OSError(EIO)`; `Unsupported` is the caller's
/// `ValueError` (it knows what was asked).
fn io_error(e: HwError, unsupported: &'static str) -> Exc {
    match e {
        HwError::Io => exc::os_error(5),
        HwError::Unsupported => exc::value_error(unsupported),
    }
}
