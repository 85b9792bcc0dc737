//! The `machine` module as Python sees it (MicroPython's `machine`), written with the
//! macros: `#[mp_module]` functions `reset`, `soft_reset`, `freq`, `unique_id`, `idle`,
//! `disable_irq`/`enable_irq`; `#[mp_class]`es `Pin`, `irq`, `UART`, `Timer` and `mem`; and, on boards
//! that turn on the crate's `mem` feature, `mem8`/`mem16`/`mem32`, ROM instances of `mem`
//! (`#[mp_const]` of a frozen class).
//!
//! The classes are thin: each method converts its arguments (the macros' shared parser
//! and conversions) and calls the logic in `pin.rs`, `uart.rs` and `mem.rs`, which talks
//! to the board through [`crate::Board`]. Every class here is frozen (no `&mut self`
//! method: a `Pin` holds only its number, a `UART` its settings in `Cell`s), so method
//! calls skip the borrow count.

mod irq;
mod mem;
mod pin;
mod timer;
mod uart;

use runtime::obj::exc::{self, Exc};

use crate::board::{with_board, HwError};

/// MicroPython's `machine`: Pin, UART, Timer, reset, soft_reset, freq, unique_id, idle,
/// disable_irq, enable_irq, and mem8/mem16/mem32 on MCU boards.
#[runtime::mp_module]
pub mod machine {
    use core::cell::Cell;

    use runtime::obj::native_class::borrow;
    use runtime::obj::{bytes, Obj};
    use runtime::print::{print_int, Print, StrBuf};
    use runtime::{mp_class, mp_const, mp_function, mp_methods, Exc};

    use super::uart::{Config, Port};
    use super::{board, irq, mem, pin, soft_reset_exc, timer, uart};
    use crate::pin::Mode;

    /// Reset the chip (a board without a hard reset soft-resets).
    #[mp_function]
    fn reset() -> Result<(), Exc> {
        board(|b| b.reset())?;
        Err(soft_reset_exc())
    }

    /// Soft reset: raises SystemExit (a board's REPL restarts with a fresh heap).
    #[mp_function]
    fn soft_reset() -> Result<(), Exc> {
        Err(soft_reset_exc())
    }

    /// The CPU clock in hertz.
    #[mp_function]
    fn freq() -> Result<u32, Exc> {
        board(|b| b.freq())
    }

    /// The chip's unique ID.
    #[mp_function]
    fn unique_id() -> Result<Obj, Exc> {
        let mut id = [0u8; 16];
        let n = board(|b| b.unique_id(&mut id))?;
        bytes::from_slice(&id[..n.min(id.len())])
    }

    /// Wait for an interrupt.
    #[mp_function]
    fn idle() -> Result<(), Exc> {
        board(|b| b.idle())
    }

    /// Disable interrupts; the state for enable_irq.
    #[mp_function]
    fn disable_irq() -> Result<u32, Exc> {
        board(|b| b.disable_irq())
    }

    /// Restore the interrupt state disable_irq returned.
    #[mp_function]
    fn enable_irq(state: i64) -> Result<(), Exc> {
        board(|b| b.enable_irq(state as u32))
    }

    /// A pin of the board's pin map: `Pin(id, mode=-1, pull=-1, *, value=None)`, `id` a
    /// name of the map (`"D13"`), a number or a `Pin`; `-1` leaves the mode or pull as it
    /// is, `pull=None` is no pull resistor.
    #[mp_class]
    pub struct Pin {
        number: u16,
    }

    #[mp_methods]
    impl Pin {
        /// Input mode.
        #[mp_const]
        const IN: i32 = 0;
        /// Push-pull output mode.
        #[mp_const]
        const OUT: i32 = 1;
        /// Open-drain output mode.
        #[mp_const]
        const OPEN_DRAIN: i32 = 0x11;
        /// Pull-up resistor.
        #[mp_const]
        const PULL_UP: i32 = 1;
        /// Pull-down resistor.
        #[mp_const]
        const PULL_DOWN: i32 = 2;
        /// `irq` trigger: a rising edge.
        #[mp_const]
        const IRQ_RISING: i64 = irq::RISING;
        /// `irq` trigger: a falling edge.
        #[mp_const]
        const IRQ_FALLING: i64 = irq::FALLING;

        #[new]
        #[mp_function(signature = (id, mode=-1, pull=-1, *, value=None))]
        fn new(id: Obj, mode: Obj, pull: Obj, value: Obj) -> Result<Self, Exc> {
            let number = pin::pin_number(id, |o| borrow::<Pin>(o).ok().map(|p| p.number))?;
            pin::configure(number, mode, pull, value)?;
            Ok(Pin { number })
        }

        /// `init(mode=-1, pull=-1, *, value=None)`: reconfigure the pin.
        #[mp_function(signature = (mode=-1, pull=-1, *, value=None))]
        fn init(&self, mode: Obj, pull: Obj, value: Obj) -> Result<(), Exc> {
            pin::configure(self.number, mode, pull, value)
        }

        /// `value()` reads the pin (0 or 1); `value(x)` drives it.
        #[mp_function]
        fn value(&self, x: Option<Obj>) -> Result<Obj, Exc> {
            pin::value(self.number, x)
        }

        /// Drive the pin high.
        #[mp_function]
        fn on(&self) -> Result<(), Exc> {
            pin::set(self.number, true)
        }

        /// Drive the pin low.
        #[mp_function]
        fn off(&self) -> Result<(), Exc> {
            pin::set(self.number, false)
        }

        /// Invert the pin's output.
        #[mp_function]
        fn toggle(&self) -> Result<(), Exc> {
            pin::toggle(self.number)
        }

        /// `mode()` gets the mode; `mode(m)` sets it.
        #[mp_function]
        fn mode(&self, m: Option<Obj>) -> Result<Option<i32>, Exc> {
            match m {
                Some(m) => pin::configure(self.number, m, pin::KEEP, Obj::NONE).map(|()| None),
                None => pin::mode(self.number).map(Some),
            }
        }

        /// `pull()` gets the pull (`None` for none); `pull(p)` sets it.
        #[mp_function]
        fn pull(&self, p: Option<Obj>) -> Result<Option<i32>, Exc> {
            match p {
                Some(p) => pin::configure(self.number, pin::KEEP, p, Obj::NONE).map(|()| None),
                None => pin::pull(self.number),
            }
        }

        /// `irq(handler=None, trigger=Pin.IRQ_FALLING | Pin.IRQ_RISING, *, hard=False)`:
        /// call `handler(pin)` (scheduled, at the running code's next poll point) on the
        /// pin's edges; `handler=None` turns it off. `hard=True` runs it the same way.
        #[mp_function(signature = (handler=None, trigger=271646720, *, hard=False))]
        fn irq(slf: Obj, handler: Obj, trigger: i64, hard: bool) -> Result<Obj, Exc> {
            let number = borrow::<Pin>(slf)?.number;
            irq::irq(slf, number, handler, trigger, hard)
        }

        /// `pin()` is `pin.value()`, `pin(x)` is `pin.value(x)`.
        #[mp_function]
        fn __call__(&self, x: Option<Obj>) -> Result<Obj, Exc> {
            pin::value(self.number, x)
        }

        #[mp_function]
        fn __repr__(&self) -> Result<StrBuf, Exc> {
            pin::repr(self.number)
        }
    }

    const _: () = assert!(Pin::IRQ_RISING | Pin::IRQ_FALLING == 271_646_720, "Pin.irq's default trigger");
    const _: () = assert!(
        Pin::IN == Mode::In.code() && Pin::OUT == Mode::Out.code() && Pin::OPEN_DRAIN == Mode::OpenDrain.code()
    );

    /// A UART of the board: `UART(id, baudrate=9600, bits=8, parity=None, stop=1, *,
    /// timeout=0, timeout_char=2)` (8N1 only). Reads wait `timeout` ms for the first byte
    /// and `timeout_char` ms for each next one; a read that got nothing returns None.
    #[mp_class(name = "UART")]
    pub struct Uart {
        id: u8,
        baudrate: Cell<u32>,
        timeout: Cell<u32>,
        timeout_char: Cell<u32>,
        /// Until `deinit()`.
        open: Cell<bool>,
    }

    #[mp_methods]
    impl Uart {
        #[new]
        #[mp_function(signature = (id, baudrate=9600, bits=8, parity=None, stop=1, *, timeout=0, timeout_char=2))]
        fn new(
            id: i64,
            baudrate: i64,
            bits: i64,
            parity: Obj,
            stop: i64,
            timeout: i64,
            timeout_char: i64,
        ) -> Result<Self, Exc> {
            let id = uart::uart_id(id)?;
            let config = Config { baudrate, bits, parity, stop, timeout, timeout_char };
            let (baudrate, timeout, timeout_char) = uart::configure(id, &config)?;
            Ok(Uart {
                id,
                baudrate: Cell::new(baudrate),
                timeout: Cell::new(timeout),
                timeout_char: Cell::new(timeout_char),
                open: Cell::new(true),
            })
        }

        /// `init(baudrate=9600, bits=8, parity=None, stop=1, *, timeout=0,
        /// timeout_char=2)`: reconfigure (also after `deinit`).
        #[mp_function(signature = (baudrate=9600, bits=8, parity=None, stop=1, *, timeout=0, timeout_char=2))]
        fn init(
            &self,
            baudrate: i64,
            bits: i64,
            parity: Obj,
            stop: i64,
            timeout: i64,
            timeout_char: i64,
        ) -> Result<(), Exc> {
            let config = Config { baudrate, bits, parity, stop, timeout, timeout_char };
            let (baudrate, timeout, timeout_char) = uart::configure(self.id, &config)?;
            self.baudrate.set(baudrate);
            self.timeout.set(timeout);
            self.timeout_char.set(timeout_char);
            self.open.set(true);
            Ok(())
        }

        /// Turn the UART off; reads and writes raise OSError until `init`.
        #[mp_function]
        fn deinit(&self) -> Result<(), Exc> {
            board(|b| b.uart_deinit(self.id))?;
            self.open.set(false);
            Ok(())
        }

        /// Bytes that can be read without waiting.
        #[mp_function]
        fn any(&self) -> Result<usize, Exc> {
            uart::with_uart(self.port()?.id, |p| p.any())
        }

        /// `read()` reads until the timeout; `read(n)` at most `n` bytes.
        #[mp_function]
        fn read(&self, n: Option<i64>) -> Result<Obj, Exc> {
            // A negative size reads all, as a stream's `read(-1)`.
            uart::read(&self.port()?, n.and_then(|n| usize::try_from(n).ok()), false)
        }

        /// A line, up to and with its `\n` (or what came before the timeout).
        #[mp_function]
        fn readline(&self) -> Result<Obj, Exc> {
            uart::read(&self.port()?, None, true)
        }

        /// `readinto(buf[, n])`: bytes stored into `buf`, or None when nothing came.
        #[mp_function]
        fn readinto(&self, buf: &[Cell<u8>], n: Option<i64>) -> Result<Obj, Exc> {
            uart::readinto(&self.port()?, buf, n)
        }

        /// Send `buf`; the number of bytes written.
        #[mp_function]
        fn write(&self, buf: &[u8]) -> Result<usize, Exc> {
            uart::write(self.port()?.id, buf)
        }

        /// Wait until everything written has been sent.
        #[mp_function]
        fn flush(&self) -> Result<(), Exc> {
            uart::flush(self.port()?.id)
        }

        #[mp_function]
        fn __repr__(&self) -> Result<StrBuf, Exc> {
            let mut s = StrBuf::new();
            s.write_str("UART(")?;
            print_int(&mut s, i64::from(self.id))?;
            s.write_str(", baudrate=")?;
            print_int(&mut s, i64::from(self.baudrate.get()))?;
            s.write_str(", bits=8, parity=None, stop=1, timeout=")?;
            print_int(&mut s, i64::from(self.timeout.get()))?;
            s.write_str(", timeout_char=")?;
            print_int(&mut s, i64::from(self.timeout_char.get()))?;
            s.write_str(")")?;
            Ok(s)
        }

        /// The settings a read needs; `OSError(EBADF)` after `deinit`.
        fn port(&self) -> Result<Port, Exc> {
            if !self.open.get() {
                return Err(runtime::exc::os_error(9));
            }
            Ok(Port { id: self.id, timeout: self.timeout.get(), timeout_char: self.timeout_char.get() })
        }
    }

    /// A pin's interrupt, as `Pin.irq` returns it: `trigger()`, `flags()`.
    #[mp_class(name = "irq")]
    pub struct Irq {
        pub(crate) state: irq::State,
    }

    #[mp_methods]
    impl Irq {
        /// `trigger()` gets the trigger; `trigger(t)` sets it and returns the old one.
        #[mp_function]
        fn trigger(slf: Obj, t: Option<i64>) -> Result<i64, Exc> {
            match t {
                Some(t) => irq::set_trigger(slf, t),
                None => Ok(borrow::<Irq>(slf)?.state.trigger()),
            }
        }

        /// The edges that caused the last call of the handler.
        #[mp_function]
        fn flags(&self) -> i64 {
            self.state.flags()
        }
    }

    /// `Timer(id=-1, *, mode=Timer.PERIODIC, period=-1, freq=-1, callback=None)`: a
    /// software timer (MicroPython's soft timer, id -1) that calls `callback(timer)` every
    /// `period` ms (or `freq` times a second), or once with `mode=Timer.ONE_SHOT`, through
    /// `micropython.schedule`: at the running code's next poll point or sleep.
    #[mp_class]
    pub struct Timer {
        pub(crate) state: timer::State,
    }

    #[mp_methods]
    impl Timer {
        /// Call the callback once.
        #[mp_const]
        const ONE_SHOT: i32 = 0;
        /// Call the callback every period.
        #[mp_const]
        const PERIODIC: i32 = 1;

        #[new]
        #[mp_function(signature = (id=-1, *, mode=-2, period=-1, freq=-1, callback=None))]
        fn create(id: i32, mode: i32, period: i64, freq: i64, callback: Obj) -> Result<Obj, Exc> {
            timer::make(id, mode, period, freq, callback)
        }

        /// `init(*, mode=Timer.PERIODIC, period=-1, freq=-1, callback=None)`: (re)start it.
        #[mp_function(signature = (*, mode=1, period=-1, freq=-1, callback=None))]
        fn init(slf: Obj, mode: i32, period: i64, freq: i64, callback: Obj) -> Result<(), Exc> {
            timer::init(slf, mode, period, freq, callback)
        }

        /// Stop it (its callback is not called again).
        #[mp_function]
        fn deinit(slf: Obj) -> Result<(), Exc> {
            timer::deinit(slf)
        }

        #[mp_function]
        fn __repr__(&self) -> Result<StrBuf, Exc> {
            self.state.repr()
        }
    }

    /// Memory as an array of `width`-byte words: `mem32[addr]`, `mem32[addr] = v`.
    #[mp_class(name = "mem")]
    pub struct Mem {
        width: u8,
    }

    #[mp_methods]
    impl Mem {
        #[mp_function]
        fn __getitem__(&self, addr: Obj) -> Result<Obj, Exc> {
            mem::get(self.width, addr)
        }

        #[mp_function]
        fn __setitem__(&self, addr: Obj, value: Obj) -> Result<(), Exc> {
            mem::set(self.width, addr, value)
        }

        #[mp_function]
        fn __repr__(&self) -> &'static str {
            mem::repr(self.width)
        }
    }

    /// Memory as bytes: `mem8[addr]`.
    #[cfg(feature = "mem")]
    #[mp_const(name = "mem8")]
    const MEM8: Mem = Mem { width: 1 };
    /// Memory as 16-bit words: `mem16[addr]` (`addr` aligned).
    #[cfg(feature = "mem")]
    #[mp_const(name = "mem16")]
    const MEM16: Mem = Mem { width: 2 };
    /// Memory as 32-bit words: `mem32[addr]` (`addr` aligned).
    #[cfg(feature = "mem")]
    #[mp_const(name = "mem32")]
    const MEM32: Mem = Mem { width: 4 };
}

/// The board, or `OSError(ENODEV)` when the board installed none (or from a nested call,
/// which cannot happen from Python: no board method calls back into Python).
fn board<R>(f: impl FnOnce(&mut dyn crate::Board) -> R) -> Result<R, Exc> {
    with_board(f).ok_or_else(|| exc::os_error(19))
}

/// `SystemExit`: the REPL of an MCU board soft-resets on it (fresh heap, banner), as
/// MicroPython's stm32 port does; the host exits, as its unix port does.
fn soft_reset_exc() -> Exc {
    exc::new(&exc::SYSTEM_EXIT, &[])
}

/// A hardware failure as Python sees it: `OSError(EIO)`; `Unsupported` is the caller's
/// `ValueError` (it knows what was asked).
fn io_error(e: HwError, unsupported: runtime::Msg) -> Exc {
    match e {
        HwError::Io => exc::os_error(5),
        HwError::Unsupported => exc::value_error(unsupported),
    }
}
