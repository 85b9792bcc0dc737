//! `Pin.irq(handler=None, trigger=Pin.IRQ_FALLING | Pin.IRQ_RISING, *, hard=False)` and
//! the `irq` object it returns (the class is declared in `py/mod.rs`).
//!
//! The board's interrupt handler records the line that fired (`crate::irq`: an atomic bit
//! mask); a scheduler hook ([`poll`], as `Timer`'s) takes the mask at the VM's next poll
//! point and `schedule`s each fired line's handler with its `Pin`, so handlers run
//! between bytecodes, as MicroPython's soft IRQs do. `hard=True` is accepted and runs
//! the handler the same way (soft): Python code cannot run inside an interrupt handler
//! here, because the runtime's state is not reachable from one.
//!
//! An `irq` object with a handler is kept alive by `sched::keep` (the hook finds it
//! there), and let go when its handler becomes `None`. One handler per line: a pin on a
//! line another pin's handler holds is `OSError: IRQ resource already taken by Pin('A0')`,
//! the stm32 port's message. `pin.irq()` without arguments is `pin.irq(None)`: it turns
//! the interrupt off (the macros' parser cannot tell a missing argument from `None`).

use core::cell::Cell;

use runtime::obj::exc::{self, Exc};
use runtime::obj::native_class::{borrow, NativeObj};
use runtime::obj::Obj;
use runtime::sched;

use super::machine::Irq;
use super::{board, io_error};
use crate::board::name_of;

/// `Pin.IRQ_RISING`, `Pin.IRQ_FALLING`: the stm32 port's values (its HAL's
/// `GPIO_MODE_IT_RISING`/`_FALLING`, which share the bit 0x1001_0000).
pub const RISING: i64 = 0x1011_0000;
pub const FALLING: i64 = 0x1021_0000;

/// An `irq` object's state (in `Cell`s: the class is frozen).
pub struct State {
    number: u16,
    line: u8,
    pin: Cell<Obj>,
    handler: Cell<Obj>,
    trigger: Cell<i64>,
    flags: Cell<i64>,
}

impl State {
    pub fn trigger(&self) -> i64 {
        self.trigger.get()
    }

    pub fn flags(&self) -> i64 {
        self.flags.get()
    }
}

/// The edges `trigger` asks for: a non-empty combination of `IRQ_RISING` and `IRQ_FALLING`.
fn edges(trigger: i64) -> Result<(bool, bool), Exc> {
    let rising = trigger & RISING == RISING;
    let falling = trigger & FALLING == FALLING;
    if trigger & !(RISING | FALLING) != 0 || !(rising || falling) {
        return Err(exc::value_error(runtime::msg!("invalid trigger")));
    }
    Ok((rising, falling))
}

/// The kept `irq` object of `line`, if any.
fn on_line(line: u8) -> Option<Obj> {
    let mut i = 0;
    while let Some(o) = sched::kept(i) {
        i += 1;
        if o.downcast::<NativeObj<Irq>>().is_some() && borrow::<Irq>(o).is_ok_and(|q| q.state.line == line) {
            return Some(o);
        }
    }
    None
}

/// `pin.irq(handler, trigger, hard=)`: set the handler of `pin` (pin `number`), or turn
/// its interrupt off (`handler` None); the pin's `irq` object.
pub fn irq(pin: Obj, number: u16, handler: Obj, trigger: i64, _hard: bool) -> Result<Obj, Exc> {
    if !sched::ENABLED {
        return Err(exc::new_msg(&exc::NOT_IMPLEMENTED_ERROR, runtime::msg!("Pin.irq needs the scheduler")));
    }
    let (rising, falling) = edges(trigger)?;
    let line = board(|b| b.irq_line(number))?.ok_or_else(|| exc::value_error(runtime::msg!("pin has no IRQ")))?;
    let held = on_line(line);
    if let Some(o) = held {
        let other = borrow::<Irq>(o)?.state.number;
        if other != number {
            let name = board(|b| name_of(b.pin_map(), other))?.unwrap_or("?");
            return Err(exc::new_msg_fmt(
                &exc::OS_ERROR,
                runtime::msg!("IRQ resource already taken by Pin('{}')"),
                &[name],
            ));
        }
    }
    let o = match held {
        Some(o) => o,
        None => runtime::obj::native_class::new(Irq {
            state: State {
                number,
                line,
                pin: Cell::new(pin),
                handler: Cell::new(Obj::NONE),
                trigger: Cell::new(0),
                flags: Cell::new(0),
            },
        })?,
    };
    {
        let q = borrow::<Irq>(o)?;
        q.state.pin.set(pin);
        q.state.handler.set(handler);
        q.state.trigger.set(if rising { RISING } else { 0 } | if falling { FALLING } else { 0 });
    }
    if handler == Obj::NONE {
        sched::release(o);
        board(|b| b.set_irq(number, false, false))?.map_err(|e| io_error(e, runtime::msg!("pin has no IRQ")))?;
        return Ok(o);
    }
    sched::keep(o)?;
    sched::add_hook(poll)?;
    crate::irq::forget(1 << line);
    if let Err(e) = board(|b| b.set_irq(number, rising, falling))? {
        borrow::<Irq>(o)?.state.handler.set(Obj::NONE);
        sched::release(o);
        return Err(io_error(e, runtime::msg!("pin has no IRQ")));
    }
    Ok(o)
}

/// `irq.trigger(t)`: change the edges (the handler stays); the previous trigger.
pub fn set_trigger(slf: Obj, trigger: i64) -> Result<i64, Exc> {
    let (rising, falling) = edges(trigger)?;
    let (number, old, active) = {
        let q = borrow::<Irq>(slf)?;
        (q.state.number, q.state.trigger.get(), q.state.handler.get() != Obj::NONE)
    };
    if active {
        board(|b| b.set_irq(number, rising, falling))?.map_err(|e| io_error(e, runtime::msg!("pin has no IRQ")))?;
    }
    borrow::<Irq>(slf)?.state.trigger.set(trigger & (RISING | FALLING));
    Ok(old)
}

/// The scheduler hook: schedule the handler of each line that fired, with its `Pin`.
fn poll() -> Result<(), Exc> {
    let (risen, fallen) = crate::irq::take();
    if risen | fallen == 0 {
        return Ok(());
    }
    let mut i = 0;
    while let Some(o) = sched::kept(i) {
        i += 1;
        if o.downcast::<NativeObj<Irq>>().is_none() {
            continue;
        }
        let Ok(q) = borrow::<Irq>(o) else { continue };
        let st = &q.state;
        let bit = 1u32 << st.line;
        let trigger = st.trigger.get();
        let rose = risen & bit != 0 && trigger & RISING == RISING;
        let fell = fallen & bit != 0 && trigger & FALLING == FALLING;
        let flags = if rose { RISING } else { 0 } | if fell { FALLING } else { 0 };
        let handler = st.handler.get();
        if flags == 0 || handler == Obj::NONE {
            continue;
        }
        st.flags.set(flags);
        let pin = st.pin.get();
        drop(q);
        // A full queue drops this edge, as MicroPython's soft IRQs do.
        let _ = sched::schedule(handler, pin);
    }
    Ok(())
}
