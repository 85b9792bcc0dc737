//! `machine.Pin`: a pin of the board's pin map, named as the map names it (`Pin("D13")`)
//! or by its number, with MicroPython's constructor `Pin(id, mode=-1, pull=-1, *,
//! value=None)` (`-1`: leave as it is; `pull=None`: no pull resistor).
//!
//! A `Pin` object holds only the pin's number: the pin's state lives in the board (so two
//! `Pin("D13")` objects are the same pin, as on MicroPython). No `irq()`: see
//! docs/ARCHITECTURE.md ("machine").

use runtime::obj::dict::{sort_entries, RomDict, RomEntry};
use runtime::obj::exc::{self, Exc};
use runtime::obj::fun::{parse_args, ArgSpec, NativeFn};
use runtime::obj::repr::{ObjBase, PyObj};
use runtime::obj::{int, is_true, str as pystr, Args, Obj, Type};
use runtime::print::{Print, PrintKind};
use runtime::{gc, qstr};

use super::{board, io_error};
use crate::board::{lookup, name_of};
use crate::pin::{DynPin, Mode, Pull};

#[repr(C)]
pub struct PinObj {
    base: ObjBase,
    number: u16,
}

// SAFETY: `#[repr(C)]` with `ObjBase` first; only `PIN_TYPE` objects are `PinObj`s.
unsafe impl PyObj for PinObj {
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &PIN_TYPE)
    }
}

pub static PIN_TYPE: Type = Type {
    name: qstr!("Pin"),
    make_new: Some(pin_make_new),
    print: Some(pin_print),
    call: Some(pin_call),
    locals: Some(&PIN_LOCALS),
    ..Type::EMPTY
};

static PIN_LOCALS: RomDict = RomDict::new(&sort_entries([
    RomEntry::new(qstr!("init"), Obj::from_static(&INIT)),
    RomEntry::new(qstr!("value"), Obj::from_static(&VALUE)),
    RomEntry::new(qstr!("on"), Obj::from_static(&ON)),
    RomEntry::new(qstr!("off"), Obj::from_static(&OFF)),
    RomEntry::new(qstr!("toggle"), Obj::from_static(&TOGGLE)),
    RomEntry::new(qstr!("mode"), Obj::from_static(&MODE)),
    RomEntry::new(qstr!("pull"), Obj::from_static(&PULL)),
    RomEntry::new(qstr!("IN"), Obj::small_int(Mode::In.code() as isize)),
    RomEntry::new(qstr!("OUT"), Obj::small_int(Mode::Out.code() as isize)),
    RomEntry::new(qstr!("OPEN_DRAIN"), Obj::small_int(Mode::OpenDrain.code() as isize)),
    RomEntry::new(qstr!("PULL_UP"), Obj::small_int(1)),
    RomEntry::new(qstr!("PULL_DOWN"), Obj::small_int(2)),
]));

/// `-1`, the "leave it" default of `mode` and `pull`.
const KEEP: Obj = Obj::small_int(-1);

/// `Pin(id, mode=-1, pull=-1, *, value=None)`.
static NEW_SPEC: ArgSpec = ArgSpec {
    names: &[qstr!("id"), qstr!("mode"), qstr!("pull"), qstr!("value")],
    defaults: &[Obj::NULL, KEEP, KEEP, Obj::NONE],
    n_pos: 3,
    varargs: false,
    varkw: false,
};

/// `init(mode=-1, pull=-1, *, value=None)`.
static INIT_SPEC: ArgSpec = ArgSpec {
    names: &[qstr!(""), qstr!("mode"), qstr!("pull"), qstr!("value")],
    defaults: &[Obj::NULL, KEEP, KEEP, Obj::NONE],
    n_pos: 3,
    varargs: false,
    varkw: false,
};

static INIT: NativeFn = NativeFn::with_spec(qstr!("init"), &INIT_SPEC, pin_init);
static VALUE: NativeFn = NativeFn::new(qstr!("value"), 1, 2, |a| pin_value(a[0], a.get(1).copied()));
static ON: NativeFn = NativeFn::new(qstr!("on"), 1, 1, |a| pin_set(a[0], true));
static OFF: NativeFn = NativeFn::new(qstr!("off"), 1, 1, |a| pin_set(a[0], false));
static TOGGLE: NativeFn = NativeFn::new(qstr!("toggle"), 1, 1, pin_toggle);
static MODE: NativeFn = NativeFn::new(qstr!("mode"), 1, 2, pin_mode);
static PULL: NativeFn = NativeFn::new(qstr!("pull"), 1, 2, pin_pull);

fn this(o: Obj) -> Result<&'static PinObj, Exc> {
    o.downcast::<PinObj>().ok_or_else(|| exc::wrong_self(&PIN_TYPE, o))
}

/// Run `f` on the board's pin `number`.
fn with_pin<R>(number: u16, f: impl FnOnce(&mut dyn DynPin) -> R) -> Result<R, Exc> {
    board(|b| b.pin(number).map(f))?.ok_or_else(|| exc::value_error("invalid pin"))
}

/// The pin number `id` names: a name of the board's pin map, a pin number, or a `Pin`.
fn pin_number(id: Obj) -> Result<u16, Exc> {
    if let Some(p) = id.downcast::<PinObj>() {
        return Ok(p.number);
    }
    if let Some(name) = pystr::as_str(id) {
        let found = board(|b| lookup(b.pin_map(), name))?;
        return found.ok_or_else(|| exc::new_msg3(&exc::VALUE_ERROR, "Pin(", name, ") doesn't exist"));
    }
    let n = int::expect_i64(id)?;
    let exists = match u16::try_from(n) {
        Ok(n) => board(|b| b.pin(n).is_some())?.then_some(n),
        Err(_) => None,
    };
    exists.ok_or_else(|| exc::value_error("invalid pin"))
}

/// `mode`: `-1` keeps it; else `IN`, `OUT` or `OPEN_DRAIN`.
fn mode_arg(o: Obj) -> Result<Option<Mode>, Exc> {
    if o == KEEP {
        return Ok(None);
    }
    let m = int::expect_i64(o)?;
    Mode::from_code(m).map(Some).ok_or_else(|| bad_value("invalid pin mode: ", m))
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
    Pull::from_code(p).map(Some).ok_or_else(|| bad_value("invalid pin pull: ", p))
}

#[cold]
fn bad_value(msg: &str, v: i64) -> Exc {
    let mut buf = [0u8; 24];
    let digits = runtime::print::fmt_int(v, &mut buf);
    exc::new_msg3(&exc::VALUE_ERROR, msg, core::str::from_utf8(digits).unwrap_or("?"), "")
}

/// Configure pin `number` from the `mode, pull, value` slots.
fn configure(number: u16, slots: &[Obj]) -> Result<(), Exc> {
    let mode = mode_arg(slots[0])?;
    let pull = pull_arg(slots[1])?;
    let value = if slots[2] == Obj::NONE { None } else { Some(is_true(slots[2])?) };
    // A pin that is only named (`Pin("D13")`) keeps its configuration.
    if mode.is_none() && pull.is_none() && value.is_none() {
        return Ok(());
    }
    with_pin(number, |p| p.init(mode, pull, value))?.map_err(|e| io_error(e, "pin mode not supported"))
}

fn pin_make_new(_ty: &'static Type, args: Args<'_>) -> Result<Obj, Exc> {
    let mut slots = [Obj::NULL; 4];
    parse_args(&NEW_SPEC, args, &mut slots)?;
    let number = pin_number(slots[0])?;
    configure(number, &slots[1..])?;
    Ok(Obj::from_ref(gc::new(PinObj { base: ObjBase::new(&PIN_TYPE), number })?))
}

fn pin_init(slots: &[Obj]) -> Result<Obj, Exc> {
    configure(this(slots[0])?.number, &slots[1..])?;
    Ok(Obj::NONE)
}

/// `value()` reads the pin; `value(x)` sets it.
fn pin_value(o: Obj, x: Option<Obj>) -> Result<Obj, Exc> {
    let number = this(o)?.number;
    match x {
        None => {
            let v = with_pin(number, |p| p.value())?.map_err(|e| io_error(e, "pin not readable"))?;
            Ok(Obj::small_int(isize::from(v)))
        }
        Some(x) => {
            let high = is_true(x)?;
            with_pin(number, |p| p.set_value(high))?.map_err(|e| io_error(e, "pin not writable"))?;
            Ok(Obj::NONE)
        }
    }
}

fn pin_set(o: Obj, high: bool) -> Result<Obj, Exc> {
    pin_value(o, Some(Obj::from_bool(high)))
}

fn pin_toggle(a: &[Obj]) -> Result<Obj, Exc> {
    let number = this(a[0])?.number;
    with_pin(number, |p| p.toggle())?.map_err(|e| io_error(e, "pin not writable"))?;
    Ok(Obj::NONE)
}

/// `pin(x)` is `pin.value(x)`; `pin()` is `pin.value()`.
fn pin_call(o: Obj, args: Args<'_>) -> Result<Obj, Exc> {
    match args.no_kw()? {
        [] => pin_value(o, None),
        [x] => pin_value(o, Some(*x)),
        more => Err(exc::at_most_args(1, more.len())),
    }
}

/// `mode()` gets the mode; `mode(m)` sets it.
fn pin_mode(a: &[Obj]) -> Result<Obj, Exc> {
    let number = this(a[0])?.number;
    match a.get(1) {
        Some(&m) => configure(number, &[m, KEEP, Obj::NONE]).map(|()| Obj::NONE),
        None => Ok(Obj::small_int(with_pin(number, |p| p.config().0.code())? as isize)),
    }
}

/// `pull()` gets the pull (`None` for none); `pull(p)` sets it.
fn pin_pull(a: &[Obj]) -> Result<Obj, Exc> {
    let number = this(a[0])?.number;
    match a.get(1) {
        Some(&p) => configure(number, &[KEEP, p, Obj::NONE]).map(|()| Obj::NONE),
        None => Ok(match with_pin(number, |p| p.config().1.code())? {
            Some(c) => Obj::small_int(c as isize),
            None => Obj::NONE,
        }),
    }
}

/// `Pin('D13', mode=Pin.OUT, pull=Pin.PULL_UP)`.
fn pin_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    let number = this(o)?.number;
    let (name, config) = board(|b| (name_of(b.pin_map(), number), b.pin(number).map(|p| p.config())))?;
    out.write(b"Pin(")?;
    match name {
        Some(n) => {
            out.write(b"'")?;
            out.write_str(n)?;
            out.write(b"'")?;
        }
        None => runtime::print::print_int(out, i64::from(number))?,
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
    out.write(b")")
}
