//! `machine.UART`: `UART(id, baudrate=9600, bits=8, parity=None, stop=1, *, timeout=0,
//! timeout_char=2)`, with `init`, `any`, `read([n])`, `readinto(buf[, n])`, `readline`,
//! `write(buf)`, `flush` (MicroPython's, 8N1 only).
//!
//! Reads wait up to `timeout` ms for the first byte and `timeout_char` ms for each next
//! one, polling for Ctrl-C; a read that got nothing returns `None` (MicroPython's stream
//! rule). The board's UART keeps a 64-byte ring between `any()` and `read()`.

use core::cell::Cell;

use runtime::gc::root::with_hal;
use runtime::obj::dict::{sort_entries, RomDict, RomEntry};
use runtime::obj::exc::{self, Exc};
use runtime::obj::fun::{parse_args, ArgSpec, NativeFn};
use runtime::obj::repr::{ObjBase, PyObj};
use runtime::obj::{buffer, bytes, int, Args, Obj, Type};
use runtime::print::{print_int, Print, PrintKind};
use runtime::{gc, qstr, GcVec};

use super::{board, io_error};
use crate::board::HwError;
use crate::uart::DynUart;

#[repr(C)]
pub struct UartObj {
    base: ObjBase,
    id: u8,
    baudrate: Cell<u32>,
    timeout: Cell<u32>,
    timeout_char: Cell<u32>,
}

// SAFETY: `#[repr(C)]` with `ObjBase` first; only `UART_TYPE` objects are `UartObj`s.
unsafe impl PyObj for UartObj {
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &UART_TYPE)
    }
}

pub static UART_TYPE: Type = Type {
    name: qstr!("UART"),
    make_new: Some(uart_make_new),
    print: Some(uart_print),
    locals: Some(&UART_LOCALS),
    ..Type::EMPTY
};

static UART_LOCALS: RomDict = RomDict::new(&sort_entries([
    RomEntry::new(qstr!("init"), Obj::from_static(&INIT)),
    RomEntry::new(qstr!("any"), Obj::from_static(&ANY)),
    RomEntry::new(qstr!("read"), Obj::from_static(&READ)),
    RomEntry::new(qstr!("readinto"), Obj::from_static(&READINTO)),
    RomEntry::new(qstr!("readline"), Obj::from_static(&READLINE)),
    RomEntry::new(qstr!("write"), Obj::from_static(&WRITE)),
    RomEntry::new(qstr!("flush"), Obj::from_static(&FLUSH)),
]));

/// `UART(id, baudrate=9600, bits=8, parity=None, stop=1, *, timeout=0, timeout_char=2)`.
static NEW_SPEC: ArgSpec = ArgSpec {
    names: &[
        qstr!("id"),
        qstr!("baudrate"),
        qstr!("bits"),
        qstr!("parity"),
        qstr!("stop"),
        qstr!("timeout"),
        qstr!("timeout_char"),
    ],
    defaults: &[
        Obj::NULL,
        Obj::small_int(9600),
        Obj::small_int(8),
        Obj::NONE,
        Obj::small_int(1),
        Obj::small_int(0),
        Obj::small_int(2),
    ],
    n_pos: 5,
    varargs: false,
    varkw: false,
};

/// `init(baudrate=9600, bits=8, parity=None, stop=1, *, timeout=0, timeout_char=2)`.
static INIT_SPEC: ArgSpec = ArgSpec {
    names: &[
        qstr!(""),
        qstr!("baudrate"),
        qstr!("bits"),
        qstr!("parity"),
        qstr!("stop"),
        qstr!("timeout"),
        qstr!("timeout_char"),
    ],
    defaults: &[
        Obj::NULL,
        Obj::small_int(9600),
        Obj::small_int(8),
        Obj::NONE,
        Obj::small_int(1),
        Obj::small_int(0),
        Obj::small_int(2),
    ],
    n_pos: 5,
    varargs: false,
    varkw: false,
};

static INIT: NativeFn = NativeFn::with_spec(qstr!("init"), &INIT_SPEC, uart_init);
static ANY: NativeFn = NativeFn::new(qstr!("any"), 1, 1, uart_any);
static READ: NativeFn = NativeFn::new(qstr!("read"), 1, 2, uart_read);
static READINTO: NativeFn = NativeFn::new(qstr!("readinto"), 2, 3, uart_readinto);
static READLINE: NativeFn = NativeFn::new(qstr!("readline"), 1, 1, uart_readline);
static WRITE: NativeFn = NativeFn::new(qstr!("write"), 2, 2, uart_write);
static FLUSH: NativeFn = NativeFn::new(qstr!("flush"), 1, 1, uart_flush);

fn this(o: Obj) -> Result<&'static UartObj, Exc> {
    o.downcast::<UartObj>().ok_or_else(|| exc::wrong_self(&UART_TYPE, o))
}

/// `ValueError: UART(n) doesn't exist`.
#[cold]
fn no_such_uart(id: i64) -> Exc {
    let mut buf = [0u8; 24];
    let digits = runtime::print::fmt_int(id, &mut buf);
    exc::new_msg3(&exc::VALUE_ERROR, "UART(", core::str::from_utf8(digits).unwrap_or("?"), ") doesn't exist")
}

/// A non-negative int argument that fits a `u32`.
fn u32_arg(o: Obj, what: &'static str) -> Result<u32, Exc> {
    u32::try_from(int::expect_i64(o)?).map_err(|_| exc::value_error(what))
}

/// Open or reconfigure UART `id` from the slots `baudrate, bits, parity, stop, timeout,
/// timeout_char`; the baud rate and timeouts.
fn configure(id: u8, slots: &[Obj]) -> Result<(u32, u32, u32), Exc> {
    let baudrate = u32_arg(slots[0], "invalid baudrate")?;
    if baudrate == 0 {
        return Err(exc::value_error("invalid baudrate"));
    }
    if int::expect_i64(slots[1])? != 8 || slots[2] != Obj::NONE {
        return Err(exc::value_error("unsupported combination of bits and parity"));
    }
    if int::expect_i64(slots[3])? != 1 {
        return Err(exc::value_error("invalid stop bits"));
    }
    let timeout = u32_arg(slots[4], "invalid timeout")?;
    let timeout_char = u32_arg(slots[5], "invalid timeout")?;
    match board(|b| b.uart(id, baudrate).map(|_| ()))? {
        Ok(()) => Ok((baudrate, timeout, timeout_char)),
        Err(HwError::Unsupported) => Err(no_such_uart(i64::from(id))),
        Err(HwError::Io) => Err(exc::os_error(5)),
    }
}

fn uart_make_new(_ty: &'static Type, args: Args<'_>) -> Result<Obj, Exc> {
    let mut slots = [Obj::NULL; 7];
    parse_args(&NEW_SPEC, args, &mut slots)?;
    let raw = int::expect_i64(slots[0])?;
    let id = u8::try_from(raw).map_err(|_| no_such_uart(raw))?;
    let (baudrate, timeout, timeout_char) = configure(id, &slots[1..])?;
    let u = UartObj {
        base: ObjBase::new(&UART_TYPE),
        id,
        baudrate: Cell::new(baudrate),
        timeout: Cell::new(timeout),
        timeout_char: Cell::new(timeout_char),
    };
    Ok(Obj::from_ref(gc::new(u)?))
}

fn uart_init(slots: &[Obj]) -> Result<Obj, Exc> {
    let u = this(slots[0])?;
    let (baudrate, timeout, timeout_char) = configure(u.id, &slots[1..])?;
    u.baudrate.set(baudrate);
    u.timeout.set(timeout);
    u.timeout_char.set(timeout_char);
    Ok(Obj::NONE)
}

/// Run `f` on the board's UART `u` (opened by the constructor).
fn with_uart<R>(u: &UartObj, f: impl FnOnce(&mut dyn DynUart) -> R) -> Result<R, Exc> {
    board(|b| b.uart_get(u.id).map(f))?.ok_or_else(|| no_such_uart(i64::from(u.id)))
}

fn now_ms() -> u32 {
    with_hal(|h| h.ticks_ms()).unwrap_or(0)
}

/// Read up to `max` bytes into `sink`, waiting as the header says; stops after a `\n`
/// when `line`. How many bytes were read.
fn read_bytes(u: &UartObj, max: usize, line: bool, mut sink: impl FnMut(u8) -> Result<(), Exc>) -> Result<usize, Exc> {
    let mut n = 0;
    let mut wait = u.timeout.get();
    let mut start = now_ms();
    while n < max {
        match with_uart(u, |p| p.read_byte())? {
            Some(b) => {
                sink(b)?;
                n += 1;
                if line && b == b'\n' {
                    break;
                }
                wait = u.timeout_char.get();
                start = now_ms();
            }
            None => {
                if now_ms().wrapping_sub(start) >= wait {
                    break;
                }
                runtime::vm::poll_interrupt()?;
            }
        }
    }
    Ok(n)
}

/// `max` bytes (all there are for `None`) as `bytes`, or `None` when nothing came.
fn read_obj(u: &UartObj, max: Option<usize>, line: bool) -> Result<Obj, Exc> {
    let max = max.unwrap_or(usize::MAX);
    let mut v: GcVec<u8> = GcVec::new();
    let n = read_bytes(u, max, line, |b| v.push(b))?;
    if n == 0 && max > 0 {
        return Ok(Obj::NONE);
    }
    bytes::from_gcvec(v)
}

fn uart_any(a: &[Obj]) -> Result<Obj, Exc> {
    let n = with_uart(this(a[0])?, |p| p.any())?;
    Ok(Obj::small_int(n as isize))
}

/// `read()` reads until the timeout; `read(n)` at most `n` bytes.
fn uart_read(a: &[Obj]) -> Result<Obj, Exc> {
    let u = this(a[0])?;
    let max = match a.get(1) {
        None => None,
        Some(&o) if o == Obj::NONE => None,
        // A negative size reads all, as a stream's `read(-1)`.
        Some(&o) => usize::try_from(int::expect_i64(o)?).ok(),
    };
    read_obj(u, max, false)
}

fn uart_readline(a: &[Obj]) -> Result<Obj, Exc> {
    read_obj(this(a[0])?, None, true)
}

/// `readinto(buf[, n])`: how many bytes were stored, or `None` when nothing came.
fn uart_readinto(a: &[Obj]) -> Result<Obj, Exc> {
    let u = this(a[0])?;
    let buf = buffer::get_or_raise(a[1])?;
    if !buf.writable {
        return Err(exc::type_error("object with buffer protocol required"));
    }
    let max = match a.get(2) {
        Some(&o) => usize::try_from(int::expect_i64(o)?).unwrap_or(0).min(buf.len),
        None => buf.len,
    };
    let mut at = 0;
    let n = read_bytes(u, max, false, |b| {
        buf.write(at, &[b]);
        at += 1;
        Ok(())
    })?;
    if n == 0 && max > 0 {
        return Ok(Obj::NONE);
    }
    Ok(Obj::small_int(n as isize))
}

/// `write(buf)`: the number of bytes written (all of them: the write waits).
fn uart_write(a: &[Obj]) -> Result<Obj, Exc> {
    let u = this(a[0])?;
    let data = buffer::get_or_raise(a[1])?.bytes();
    with_uart(u, |p| p.write(data))?.map_err(|e| io_error(e, "write failed"))?;
    Ok(Obj::small_int(data.len() as isize))
}

fn uart_flush(a: &[Obj]) -> Result<Obj, Exc> {
    with_uart(this(a[0])?, |p| p.flush())?.map_err(|e| io_error(e, "flush failed"))?;
    Ok(Obj::NONE)
}

/// `UART(2, baudrate=115200, bits=8, parity=None, stop=1, timeout=0, timeout_char=2)`.
fn uart_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    let u = this(o)?;
    out.write(b"UART(")?;
    print_int(out, i64::from(u.id))?;
    out.write(b", baudrate=")?;
    print_int(out, i64::from(u.baudrate.get()))?;
    out.write(b", bits=8, parity=None, stop=1, timeout=")?;
    print_int(out, i64::from(u.timeout.get()))?;
    out.write(b", timeout_char=")?;
    print_int(out, i64::from(u.timeout_char.get()))?;
    out.write(b")")
}
