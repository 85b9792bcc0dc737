//! `select` (board.toml `[modules] builtin = ["select"]`): MicroPython's `poll()` over the
//! stream objects a program holds (MicroPython's `extmod/modselect.c`).
//!
//! `poll()` gives a poll object with `register(obj, eventmask=POLLIN|POLLOUT)`,
//! `unregister(obj)`, `modify(obj, eventmask)`, `poll(timeout_ms=-1)` (a list of
//! `(obj, events)` tuples) and `ipoll(timeout_ms=-1, flags=0)`, which returns the poll
//! object itself to iterate over the ready `(obj, events)` (`flags=1`: one-shot, an object
//! reported is not polled again until `modify` or `register` sets its mask again).
//!
//! What can be registered, and how each is asked whether it is ready (MicroPython's
//! `ioctl(MP_STREAM_POLL, eventmask)`):
//! - `sys.stdin` (and its `.buffer`): readable when the board's console has a byte, or its
//!   input ended ([`crate::Hal::stdin_ready`]); `sys.stdout`/`sys.stderr`: always writable.
//! - a file (`open()`): always readable and writable, as a regular file is to POSIX
//!   `poll`; once closed, `POLLNVAL` (32) whatever the mask, as the unix port reports it;
//! - any other object with an `ioctl(request, arg)` method (a Python class deriving
//!   `io.IOBase`, or a native stream such as a UART giving the method): it is called as
//!   `ioctl(3, eventmask)` (`MP_STREAM_POLL`) and its non-zero result is the events
//!   reported, as is; a negative result `-errno` raises `OSError(errno)`.
//!
//! `io.StringIO`/`BytesIO` register but raise `OSError(EINVAL)` when polled, as in
//! MicroPython; an object with no stream protocol at all is refused by `register` with
//! MicroPython's `OSError: stream operation not supported`.
//!
//! A blocking `poll` asks every object, then (none being ready) checks for Ctrl-C and
//! sleeps a millisecond through the board's HAL before asking again: it never spins
//! without the interrupt check.
//!
//! `select(rlist, wlist, xlist, timeout=None)` (feature `select_select`, on as in
//! MicroPython's bare-metal ports; the host board turns it off, as the unix port has none):
//! the three lists polled together (an object in several is asked with the masks joined),
//! `timeout` in seconds; `([readable], [writable], [in error])`.
//!
//! The registered objects are kept in insertion order (MicroPython's are in hash-table
//! order), so `poll()` reports them in the order they were registered.

use crate::obj::TypeExt;
use core::cell::Cell;

use crate::obj::dict::{sort_entries, RomDict, RomEntry};
use crate::obj::exc::{self, Exc};
use crate::obj::fun::NativeFn;
use crate::obj::list::{self, ListObj};
use crate::obj::module::Module;
use crate::obj::repr::PyObj;
use crate::obj::{self, int, tuple, Obj, ObjBase, Type};
use crate::os_hal::{EINVAL, ENOENT};
use crate::print::{Print, PrintKind};

pub const POLLIN: u32 = 0x0001;
pub const POLLOUT: u32 = 0x0004;
pub const POLLERR: u32 = 0x0008;
pub const POLLHUP: u32 = 0x0010;
/// Reported for a closed file (POSIX's "invalid request"; not a module constant).
pub const POLLNVAL: u32 = 0x0020;
/// MicroPython's `MP_STREAM_POLL` ioctl request.
pub const MP_STREAM_POLL: isize = 3;

pub static MODULE: Module = Module::new(qstr!("select"), &GLOBALS);

static GLOBALS: RomDict = RomDict::new(&sort_entries([
    RomEntry::new(qstr!("__name__"), Obj::from_qstr(qstr!("select"))),
    RomEntry::new(qstr!("poll"), Obj::from_static(&POLL)),
    #[cfg(mp_feature = "select_select")]
    RomEntry::new(qstr!("select"), Obj::from_static(&SELECT)),
    RomEntry::new(qstr!("POLLIN"), Obj::small_int(POLLIN as isize)),
    RomEntry::new(qstr!("POLLOUT"), Obj::small_int(POLLOUT as isize)),
    RomEntry::new(qstr!("POLLERR"), Obj::small_int(POLLERR as isize)),
    RomEntry::new(qstr!("POLLHUP"), Obj::small_int(POLLHUP as isize)),
]));

static POLL: NativeFn = NativeFn::new(qstr!("poll"), 0, 0, poll_new);
#[cfg(mp_feature = "select_select")]
static SELECT: NativeFn = NativeFn::new(qstr!("select"), 3, 4, select_select);

/// A poll object.
#[repr(C)]
pub struct PollObj {
    base: ObjBase,
    /// The registered objects, flattened into one list: `obj, events, revents` for each,
    /// in the order of registration. Replaced (not edited in place) by `unregister`.
    entries: Cell<&'static ListObj>,
    /// What `ipoll` found: ready entries left to iterate, the next entry to look at, and
    /// whether the iteration is one-shot.
    iter_left: Cell<usize>,
    iter_idx: Cell<usize>,
    oneshot: Cell<bool>,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `POLL_TYPE` objects are `PollObj`s (made by
// `poll_new` alone).
unsafe impl PyObj for PollObj {
    const TYPE: Option<&'static Type> = Some(&POLL_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &POLL_TYPE)
    }
}

pub static POLL_TYPE: Type = Type {
    name: qstr!("poll"),
    print: Some(poll_print),
    locals: Some(&LOCALS),
    ext: Some(&TypeExt { iter: Some(Ok), iternext: Some(poll_iternext), ..TypeExt::EMPTY }),
    ..Type::EMPTY
};

static LOCALS: RomDict = RomDict::new(&sort_entries([
    RomEntry::new(qstr!("register"), Obj::from_static(&REGISTER)),
    RomEntry::new(qstr!("unregister"), Obj::from_static(&UNREGISTER)),
    RomEntry::new(qstr!("modify"), Obj::from_static(&MODIFY)),
    RomEntry::new(qstr!("poll"), Obj::from_static(&POLL_POLL)),
    RomEntry::new(qstr!("ipoll"), Obj::from_static(&IPOLL)),
]));

static REGISTER: NativeFn = NativeFn::new(qstr!("register"), 2, 3, poll_register);
static UNREGISTER: NativeFn = NativeFn::new(qstr!("unregister"), 2, 2, poll_unregister);
static MODIFY: NativeFn = NativeFn::new(qstr!("modify"), 3, 3, poll_modify);
static POLL_POLL: NativeFn = NativeFn::new(qstr!("poll"), 1, 2, poll_poll);
static IPOLL: NativeFn = NativeFn::new(qstr!("ipoll"), 1, 3, poll_ipoll);

fn poll_print(_o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    out.write(b"<poll>")
}

fn this(o: Obj) -> Result<&'static PollObj, Exc> {
    o.downcast::<PollObj>().ok_or_else(|| exc::wrong_self(&POLL_TYPE, o))
}

/// A new empty list, typed.
fn new_list() -> Result<&'static ListObj, Exc> {
    list::new(&[])?.downcast::<ListObj>().ok_or_else(|| exc::type_error(msg!("not a list")))
}

fn poll_new(_: &[Obj]) -> Result<Obj, Exc> {
    let p = crate::gc::new(PollObj {
        base: ObjBase::new(&POLL_TYPE),
        entries: Cell::new(new_list()?),
        iter_left: Cell::new(0),
        iter_idx: Cell::new(0),
        oneshot: Cell::new(false),
    })?;
    Ok(Obj::from_ref(p))
}

impl PollObj {
    fn list(&self) -> &'static ListObj {
        self.entries.get()
    }

    /// The cells `obj, events, revents` of each entry now (a snapshot: see `ListObj::view`).
    fn view(&self) -> &'static [Cell<Obj>] {
        self.list().view()
    }

    /// The index in `view` of `o`'s entry.
    fn find(&self, o: Obj) -> Option<usize> {
        self.view().chunks_exact(3).position(|e| e[0].get() == o).map(|i| i * 3)
    }
}

/// An event mask argument: an int (MicroPython's `mp_obj_get_int`; only the low bits are
/// events).
fn mask_arg(o: Obj) -> Result<Obj, Exc> {
    Ok(Obj::small_int((int::expect_i64(o)? & 0xffff) as isize))
}

/// A mask or result stored in an entry (always a small int).
fn small(o: Obj) -> u32 {
    if o.is_small_int() {
        o.small_int_value() as u32
    } else {
        0
    }
}

/// How `o` is asked whether it is ready.
enum Pollable {
    /// `sys.stdin` (`true`) or `sys.stdout`/`sys.stderr`.
    #[cfg_attr(not(mp_module = "sys"), allow(dead_code))]
    Stdio(bool),
    /// An open file of the board's file system.
    #[cfg(all(mp_feature = "open", mp_module = "os"))]
    File,
    /// A StringIO or BytesIO: registers, fails when polled.
    #[cfg_attr(not(mp_module = "io"), allow(dead_code))]
    Memory,
    /// An object with an `ioctl` method.
    Ioctl,
}

/// What kind of stream `o` is, or MicroPython's error for an object without the stream
/// protocol.
fn classify(o: Obj) -> Result<Pollable, Exc> {
    #[cfg(mp_module = "sys")]
    if let Some(fd) = crate::modules::sys::stdio::fd_of(o) {
        return Ok(Pollable::Stdio(fd == 0));
    }
    #[cfg(all(mp_feature = "open", mp_module = "os"))]
    if obj::is_type(o, &crate::obj::fileio::FILEIO_TYPE) || obj::is_type(o, &crate::obj::fileio::TEXTIO_TYPE) {
        return Ok(Pollable::File);
    }
    #[cfg(mp_module = "io")]
    if obj::is_type(o, &crate::modules::io::STRINGIO_TYPE) || obj::is_type(o, &crate::modules::io::BYTESIO_TYPE) {
        return Ok(Pollable::Memory);
    }
    let (f, _) = obj::load_method(o, qstr!("ioctl"))?;
    if f.is_null() {
        return Err(exc::new_msg(&exc::OS_ERROR, msg!("stream operation not supported")));
    }
    Ok(Pollable::Ioctl)
}

/// Ask `o` once which of `events` it is ready for (MicroPython's
/// `ioctl(MP_STREAM_POLL, events)`); 0: none.
fn poll_one(o: Obj, events: u32) -> Result<u32, Exc> {
    match classify(o)? {
        Pollable::Stdio(true) => {
            let ready = crate::gc::root::with_hal(|h| h.stdin_ready()).unwrap_or(false);
            Ok(if ready { events & POLLIN } else { 0 })
        }
        Pollable::Stdio(false) => Ok(events & POLLOUT),
        #[cfg(all(mp_feature = "open", mp_module = "os"))]
        Pollable::File => Ok(if crate::obj::fileio::is_open(o) { events & (POLLIN | POLLOUT) } else { POLLNVAL }),
        Pollable::Memory => Err(crate::obj::file::os_error(EINVAL)),
        Pollable::Ioctl => {
            let (f, self_) = obj::load_method(o, qstr!("ioctl"))?;
            let args = [Obj::small_int(MP_STREAM_POLL), Obj::small_int(events as isize)];
            let r =
                if self_.is_null() { obj::call(f, &args)? } else { obj::call_method(f, self_, obj::Args::pos(&args))? };
            // MicroPython's `io.IOBase` ioctl: an int, negative for `-errno`.
            match int::expect_i64(r)? {
                r if r < 0 => Err(exc::os_error(r.checked_neg().map_or(0, |e| e as isize))),
                r => Ok(r as u32),
            }
        }
    }
}

/// `register(obj, eventmask=POLLIN|POLLOUT)`: add `obj`, or set the mask of an object
/// already registered.
fn poll_register(a: &[Obj]) -> Result<Obj, Exc> {
    let p = this(a[0])?;
    let events = match a.get(2) {
        Some(&m) => mask_arg(m)?,
        None => Obj::small_int((POLLIN | POLLOUT) as isize),
    };
    add(p, a[1], events, false)?;
    Ok(Obj::NONE)
}

/// Register `o` with the mask `events` (`join`: joined to the mask it has, if registered).
fn add(p: &PollObj, o: Obj, events: Obj, join: bool) -> Result<(), Exc> {
    if let Some(i) = p.find(o) {
        let cell = &p.view()[i + 1];
        let old = if join { small(cell.get()) } else { 0 };
        cell.set(Obj::small_int((old | small(events)) as isize));
        return Ok(());
    }
    classify(o)?;
    let l = Obj::from_ref(p.entries.get());
    list::append(l, o)?;
    list::append(l, events)?;
    list::append(l, Obj::small_int(0))
}

/// `unregister(obj)`: remove `obj`; nothing if it was not registered (MicroPython).
fn poll_unregister(a: &[Obj]) -> Result<Obj, Exc> {
    let p = this(a[0])?;
    let Some(i) = p.find(a[1]) else { return Ok(Obj::NONE) };
    let view = p.view();
    let rest = new_list()?;
    for (j, c) in view.iter().enumerate() {
        if j / 3 != i / 3 {
            list::append(Obj::from_ref(rest), c.get())?;
        }
    }
    p.entries.set(rest);
    p.iter_left.set(0);
    Ok(Obj::NONE)
}

/// `modify(obj, eventmask)`: `OSError(ENOENT)` if `obj` is not registered.
fn poll_modify(a: &[Obj]) -> Result<Obj, Exc> {
    let p = this(a[0])?;
    let events = mask_arg(a[2])?;
    let i = p.find(a[1]).ok_or_else(|| crate::obj::file::os_error(ENOENT))?;
    p.view()[i + 1].set(events);
    Ok(Obj::NONE)
}

/// Ask every registered object once, recording what each is ready for; how many are.
fn poll_once(p: &PollObj) -> Result<usize, Exc> {
    let mut ready = 0;
    let mut i = 0;
    // The list is read through bounds-checked accessors: an `ioctl` may unregister.
    while let (Some(o), Some(ev)) = (p.list().get(i), p.list().get(i + 1)) {
        let r = poll_one(o, small(ev))?;
        if let Some(c) = p.view().get(i + 2) {
            c.set(Obj::small_int(r as isize));
        }
        ready += usize::from(r != 0);
        i += 3;
    }
    Ok(ready)
}

/// Poll until something is ready or `timeout` milliseconds (`None`: for ever) have passed;
/// how many objects are ready.
fn poll_until(p: &PollObj, timeout: Option<u32>) -> Result<usize, Exc> {
    let start = crate::gc::root::with_hal(|h| h.ticks_ms()).unwrap_or(0);
    loop {
        let n = poll_once(p)?;
        if n > 0 {
            return Ok(n);
        }
        let now = crate::gc::root::with_hal(|h| h.ticks_ms()).unwrap_or(start);
        let elapsed = now.wrapping_sub(start);
        if timeout.is_some_and(|t| elapsed >= t) {
            return Ok(0);
        }
        // Ctrl-C is checked every time round (not every `POLL_EVERY` calls): a blocked
        // poll does nothing else.
        if crate::gc::root::with_hal(|h| h.interrupt_pending()).unwrap_or(false) {
            return Err(exc::keyboard_interrupt());
        }
        crate::gc::root::with_hal(|h| h.delay_ms(1));
    }
}

/// The timeout argument in milliseconds: `None` or negative is for ever.
fn timeout_arg(a: Option<&Obj>) -> Result<Option<u32>, Exc> {
    match a {
        None | Some(&Obj::NONE) => Ok(None),
        Some(&t) => {
            let t = int::expect_i64(t)?;
            Ok(if t < 0 { None } else { Some(u32::try_from(t).unwrap_or(u32::MAX)) })
        }
    }
}

/// `poll(timeout_ms=-1)`: `[(obj, events), ...]` of the ready objects.
fn poll_poll(a: &[Obj]) -> Result<Obj, Exc> {
    let p = this(a[0])?;
    let timeout = timeout_arg(a.get(1))?;
    p.oneshot.set(false);
    poll_until(p, timeout)?;
    let out = list::new(&[])?;
    for e in p.view().chunks_exact(3) {
        if small(e[2].get()) != 0 {
            list::append(out, tuple::new(&[e[0].get(), e[2].get()])?)?;
        }
    }
    Ok(out)
}

/// `ipoll(timeout_ms=-1, flags=0)`: the poll object, which iterates over the ready
/// `(obj, events)`.
fn poll_ipoll(a: &[Obj]) -> Result<Obj, Exc> {
    let p = this(a[0])?;
    let timeout = timeout_arg(a.get(1))?;
    let flags = match a.get(2) {
        Some(&f) => int::expect_i64(f)?,
        None => 0,
    };
    p.oneshot.set(flags & 1 != 0);
    let n = poll_until(p, timeout)?;
    p.iter_left.set(n);
    p.iter_idx.set(0);
    Ok(a[0])
}

fn poll_iternext(o: Obj) -> Result<Obj, Exc> {
    let p = this(o)?;
    while p.iter_left.get() > 0 {
        let i = p.iter_idx.get();
        let view = p.view();
        let Some(e) = view.get(i..i + 3) else { break };
        p.iter_idx.set(i + 3);
        let revents = e[2].get();
        if small(revents) != 0 {
            p.iter_left.set(p.iter_left.get() - 1);
            if p.oneshot.get() {
                // Not polled again until its mask is set again.
                e[1].set(Obj::small_int(0));
            }
            return tuple::new(&[e[0].get(), revents]);
        }
    }
    p.iter_left.set(0);
    Ok(Obj::NULL)
}

/// `select(rlist, wlist, xlist, timeout=None)`.
#[cfg(mp_feature = "select_select")]
fn select_select(a: &[Obj]) -> Result<Obj, Exc> {
    use crate::obj::tuple::Items;
    let p = this(poll_new(&[])?)?;
    let masks = [POLLIN, POLLOUT, POLLERR | POLLHUP];
    for (&seq, mask) in a.iter().zip(masks) {
        let items = Items::of(seq)
            .ok_or_else(|| exc::type_error_fmt(msg!("object '{}' isn't a tuple or list"), &[seq.ty().name()]))?;
        let mut i = 0;
        while let Some(o) = items.get(i) {
            add(p, o, Obj::small_int(mask as isize), true)?;
            i += 1;
        }
    }
    let timeout = match a.get(3) {
        None | Some(&Obj::NONE) => None,
        Some(&t) => seconds_to_ms(t)?,
    };
    poll_until(p, timeout)?;
    let out = [list::new(&[])?, list::new(&[])?, list::new(&[])?];
    for e in p.view().chunks_exact(3) {
        let r = small(e[2].get());
        for (&l, bits) in out.iter().zip([POLLIN, POLLOUT, !(POLLIN | POLLOUT)]) {
            if r & bits != 0 {
                list::append(l, e[0].get())?;
            }
        }
    }
    tuple::new(&out)
}

/// A `select` timeout in seconds as milliseconds; negative is for ever.
#[cfg(mp_feature = "select_select")]
fn seconds_to_ms(t: Obj) -> Result<Option<u32>, Exc> {
    #[cfg(not(mp_float = "none"))]
    if !int::is_int(t) {
        let f = crate::obj::float::expect(t)?;
        // As MicroPython: negative and NaN wait for ever; `as` saturates a huge value.
        return Ok(if f >= 0.0 { Some((f * 1000.0) as u32) } else { None });
    }
    let t = int::expect_i64(t)?;
    Ok(if t < 0 { None } else { Some(u32::try_from(t.saturating_mul(1000)).unwrap_or(u32::MAX)) })
}
