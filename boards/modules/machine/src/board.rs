//! The board's side of `machine`: one object-safe trait ([`Board`]) a board implements once
//! (its pin map, its UARTs, reset, clocks, unique ID, idle, interrupts, pin edge
//! interrupts, memory access), and
//! the registry that holds it while Python runs ([`install`], [`with_board`]).
//!
//! The registry is a `critical_section::Mutex` around the board. A call takes the board out
//! (inside a short critical section), runs with interrupts enabled, and puts it back, so a
//! slow operation (a UART read waiting for bytes, `idle`) never runs with interrupts off
//! and a nested call finds the slot empty instead of aliasing the `&mut`.

use core::cell::RefCell;

use critical_section::Mutex;

use crate::pin::DynPin;
use crate::uart::DynUart;

/// A pin of the board's pin map: its Python name and its number (what `Board::pin` takes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PinName {
    pub name: &'static str,
    pub number: u16,
}

/// How `machine.Pin.value()` and friends fail at the hardware level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HwError {
    /// The HAL reported an error (an I/O error to Python: `OSError(EIO)`).
    Io,
    /// The board does not have this pin, UART or setting (`ValueError`).
    Unsupported,
}

/// What a board gives `machine`. Every method but `pin_map`/`pin` has a default meaning
/// "not on this board", so a board implements what it has.
pub trait Board: Send {
    /// The pins Python may name, `Pin("D13")`; a pin may appear under several names.
    fn pin_map(&self) -> &'static [PinName];

    /// Pin `number` (from the pin map), ready for the generic pin layer.
    fn pin(&mut self, number: u16) -> Option<&mut dyn DynPin>;

    /// UART `id` set up at `baudrate` (opened on first use; a second call reconfigures it).
    fn uart(&mut self, _id: u8, _baudrate: u32) -> Result<&mut dyn DynUart, HwError> {
        Err(HwError::Unsupported)
    }

    /// UART `id` as it is (after `uart` opened it).
    fn uart_get(&mut self, _id: u8) -> Option<&mut dyn DynUart> {
        None
    }

    /// Turn UART `id` off (`UART.deinit()`); `uart` opens it again.
    fn uart_deinit(&mut self, _id: u8) {}

    /// A hard reset. `false` if the board has none (then `machine.reset` soft-resets).
    fn reset(&mut self) -> bool {
        false
    }

    /// The CPU clock in hertz.
    fn freq(&self) -> u32;

    /// The chip's unique ID, written to `out`; how many bytes.
    fn unique_id(&self, out: &mut [u8; 16]) -> usize;

    /// Wait for an interrupt (the MCU: `wfi`; the host: yield the CPU).
    fn idle(&mut self) {}

    /// The interrupt line of pin `number` (`Pin.irq`): pins on one line cannot both have a
    /// handler. `None`: the pin has no edge interrupt (the default).
    fn irq_line(&self, _number: u16) -> Option<u8> {
        None
    }

    /// Make pin `number` interrupt on its `rising` and/or `falling` edges (both `false`:
    /// turn its interrupt off). The board's interrupt handler then calls
    /// [`crate::irq_fired`] with the line's bit (`1 << irq_line(number)`).
    fn set_irq(&mut self, _number: u16, _rising: bool, _falling: bool) -> Result<(), HwError> {
        Err(HwError::Unsupported)
    }

    /// Disable interrupts; the state to give back to `enable_irq`.
    fn disable_irq(&mut self) -> u32 {
        0
    }

    /// Restore the interrupt state `disable_irq` returned.
    fn enable_irq(&mut self, _state: u32) {}

    /// Read `width` (1, 2 or 4) bytes at `addr` (aligned). `None`: the address is not
    /// readable on this board. `mem8/16/32` exist when the board turns on the crate's
    /// `mem` feature.
    fn mem_read(&mut self, _addr: usize, _width: u8) -> Option<u32> {
        None
    }

    /// Write `width` bytes of `value` at `addr`; `false` if the address is not writable.
    fn mem_write(&mut self, _addr: usize, _width: u8, _value: u32) -> bool {
        false
    }
}

type Slot = Option<&'static mut dyn Board>;

static BOARD: Mutex<RefCell<Slot>> = Mutex::new(RefCell::new(None));

/// Hand the board to `machine` (once, before Python runs; a second call replaces it).
pub fn install(board: &'static mut dyn Board) {
    critical_section::with(|cs| *BOARD.borrow_ref_mut(cs) = Some(board));
}

/// Call `f` with the board. `None` when no board is installed, or from inside another
/// `with_board` (the board is out of its slot then).
pub fn with_board<R>(f: impl FnOnce(&mut dyn Board) -> R) -> Option<R> {
    let board = critical_section::with(|cs| BOARD.borrow_ref_mut(cs).take())?;
    let r = f(&mut *board);
    critical_section::with(|cs| *BOARD.borrow_ref_mut(cs) = Some(board));
    Some(r)
}

/// The number of the pin called `name` in `map`.
pub fn lookup(map: &[PinName], name: &str) -> Option<u16> {
    map.iter().find(|p| p.name == name).map(|p| p.number)
}

/// The first name of pin `number` in `map`.
pub fn name_of(map: &[PinName], number: u16) -> Option<&'static str> {
    map.iter().find(|p| p.number == number).map(|p| p.name)
}
