//! What `machine.Pin`'s methods do (the class itself is declared in `py/mod.rs` with
//! `#[mp_class]`): naming a pin, reading the `mode`/`pull` arguments, configuring and
//! driving it through the board, and its `repr`.
//!
//! A `Pin` object holds only the pin's number: the pin's state lives in the board (so two
//! `Pin("D13")` objects are the same pin, as on MicroPython). `irq()` is `py/irq.rs`.

use runtime::obj::exc::{self, Exc};
use runtime::obj::{int, is_true, str as pystr, Obj};
use runtime::print::{Print, StrBuf};

use super::{board, io_error};
use crate::board::{lookup, name_of};
use crate::pin::{DynPin, Mode, Pull};

/// `-1`, the "leave it" default of `mode` and `pull`.
pub const KEEP: Obj = Obj::small_int(-1);

/// Run `f` on the board's pin `number`.
pub fn with_pin<R>(number: u16, f: impl FnOnce(&mut dyn DynPin) -> R) -> Result<R, Exc> {
    board(|b| b.pin(number).map(f))?.ok_or_else(|| exc::value_error(runtime::msg!("invalid pin")))
}

/// The pin number `id` names: a name of the board's pin map, a pin number, or a `Pin`
/// (`other` reads a `Pin`'s number).
pub fn pin_number(id: Obj, other: impl FnOnce(Obj) -> Option<u16>) -> Result<u16, Exc> {
    if let Some(n) = other(id) {
        return Ok(n);
    }
    if let Some(name) = pystr::as_str(id) {
        let found = board(|b| lookup(b.pin_map(), name))?;
        return found
            .ok_or_else(|| exc::new_msg_fmt(&exc::VALUE_ERROR, runtime::msg!("Pin({}) doesn't exist"), &[name]));
    }
    let n = int::expect_i64(id)?;
    let exists = match u16::try_from(n) {
        Ok(n) => board(|b| b.pin(n).is_some())?.then_some(n),
        Err(_) => None,
    };
    exists.ok_or_else(|| exc::value_error(runtime::msg!("invalid pin")))
}

/// `mode`: `-1` keeps it; else `IN`, `OUT` or `OPEN_DRAIN`.
fn mode_arg(o: Obj) -> Result<Option<Mode>, Exc> {
    if o == KEEP {
        return Ok(None);
    }
    let m = int::expect_i64(o)?;
    Mode::from_code(m).map(Some).ok_or_else(|| bad_value(runtime::msg!("invalid pin mode: {}"), m))
}

/// `pull`: `-1` keeps it, `None` no pull; else `PULL_UP` or `PULL_DOWN`.
fn pull_arg(o: Obj) -> Result<Option<Pull>, Exc> {
    if o == KEEP {
        return Ok(None);
    }
    if o == Obj::NONE {
        return Ok(Some(Pull::None));
    }
    let p = int::expect_i64(o)?;
    Pull::from_code(p).map(Some).ok_or_else(|| bad_value(runtime::msg!("invalid pin pull: {}"), p))
}

#[cold]
fn bad_value(msg: runtime::Msg, v: i64) -> Exc {
    let mut buf = [0u8; 24];
    exc::new_msg_fmt(&exc::VALUE_ERROR, msg, &[runtime::print::int_str(v, &mut buf)])
}

/// Configure pin `number` from the `mode, pull, value` arguments.
pub fn configure(number: u16, mode: Obj, pull: Obj, value: Obj) -> Result<(), Exc> {
    let mode = mode_arg(mode)?;
    let pull = pull_arg(pull)?;
    let value = if value == Obj::NONE { None } else { Some(is_true(value)?) };
    // A pin that is only named (`Pin("D13")`) keeps its configuration.
    if mode.is_none() && pull.is_none() && value.is_none() {
        return Ok(());
    }
    with_pin(number, |p| p.init(mode, pull, value))?.map_err(|e| io_error(e, runtime::msg!("pin mode not supported")))
}

/// `value()` reads the pin; `value(x)` sets it.
pub fn value(number: u16, x: Option<Obj>) -> Result<Obj, Exc> {
    match x {
        None => {
            let v = with_pin(number, |p| p.value())?.map_err(|e| io_error(e, runtime::msg!("pin not readable")))?;
            Ok(Obj::small_int(isize::from(v)))
        }
        Some(x) => {
            set(number, is_true(x)?)?;
            Ok(Obj::NONE)
        }
    }
}

/// `on()`, `off()`, `value(x)`.
pub fn set(number: u16, high: bool) -> Result<(), Exc> {
    with_pin(number, |p| p.set_value(high))?.map_err(|e| io_error(e, runtime::msg!("pin not writable")))
}

pub fn toggle(number: u16) -> Result<(), Exc> {
    with_pin(number, |p| p.toggle())?.map_err(|e| io_error(e, runtime::msg!("pin not writable")))
}

/// `mode()`: the mode's code.
pub fn mode(number: u16) -> Result<i32, Exc> {
    with_pin(number, |p| p.config().0.code())
}

/// `pull()`: the pull's code, `None` for none.
pub fn pull(number: u16) -> Result<Option<i32>, Exc> {
    with_pin(number, |p| p.config().1.code())
}

/// `Pin('D13', mode=Pin.OUT, pull=Pin.PULL_UP)`.
pub fn repr(number: u16) -> Result<StrBuf, Exc> {
    let (name, config) = board(|b| (name_of(b.pin_map(), number), b.pin(number).map(|p| p.config())))?;
    let mut out = StrBuf::new();
    out.write(b"Pin(")?;
    match name {
        Some(n) => {
            out.write(b"'")?;
            out.write_str(n)?;
            out.write(b"'")?;
        }
        None => runtime::print::print_int(&mut out, i64::from(number))?,
    }
    if let Some((mode, pull)) = config {
        out.write(match mode {
            Mode::In => b", mode=Pin.IN".as_slice(),
            Mode::Out => b", mode=Pin.OUT",
            Mode::OpenDrain => b", mode=Pin.OPEN_DRAIN",
        })?;
        out.write(match pull {
            Pull::None => b"".as_slice(),
            Pull::Up => b", pull=Pin.PULL_UP",
            Pull::Down => b", pull=Pin.PULL_DOWN",
        })?;
    }
    out.write(b")")?;
    Ok(out)
}
