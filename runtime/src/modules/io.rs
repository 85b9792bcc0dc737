//! `io`: `StringIO` and `BytesIO` (in-memory streams), `IOBase` (a base for stream classes
//! written in Python) and `open` (the builtin), as MicroPython's unix port has them.
//!
//! Both streams are one object type: a position and the contents, kept in a bytearray
//! object (so the contents grow as a bytearray does, and this file needs no unsafe code
//! beyond declaring the layout). They differ in what reads return: a StringIO makes str
//! and counts `read(n)` in characters, a BytesIO makes bytes. As in MicroPython, positions
//! (`tell`, `seek`) are byte offsets, `write` takes any object with a buffer and returns
//! the number of bytes written, writing past the end fills the gap with zero bytes, and a
//! closed stream raises `ValueError: I/O operation on closed file`. A StringIO whose
//! contents were cut inside a character (by a seek and a write) raises `UnicodeError` when
//! such text is read. Iterating a stream gives its lines.

use crate::obj::TypeExt;
use core::cell::Cell;

use crate::obj::buffer;
use crate::obj::bytearray::{self, ByteArrayObj};
use crate::obj::dict::{sort_entries, RomDict, RomEntry};
use crate::obj::exc::{self, Exc};
use crate::obj::fun::NativeFn;
use crate::obj::module::Module;
use crate::obj::repr::{ObjBase, PyObj};
use crate::obj::{bytes, int, str as pystr, unicode, Args, Obj, Type};
use crate::print::{Print, PrintKind};

pub static MODULE: Module = Module::new(qstr!("io"), &GLOBALS);

static GLOBALS: RomDict = RomDict::new(&sort_entries([
    RomEntry::new(qstr!("__name__"), Obj::from_qstr(qstr!("io"))),
    RomEntry::new(qstr!("StringIO"), Obj::from_static(&STRINGIO_TYPE)),
    RomEntry::new(qstr!("BytesIO"), Obj::from_static(&BYTESIO_TYPE)),
    RomEntry::new(qstr!("IOBase"), Obj::from_static(&IOBASE_TYPE)),
    #[cfg(all(mp_feature = "open", mp_module = "os"))]
    RomEntry::new(qstr!("open"), Obj::from_static(&crate::modules::builtins::io::OPEN)),
]));

/// `IOBase`: nothing of its own; a class deriving from it provides `read`/`write`.
pub static IOBASE_TYPE: Type = Type { name: qstr!("IOBase"), make_new: Some(iobase_make_new), ..Type::EMPTY };

fn iobase_make_new(ty: &'static Type, args: Args<'_>) -> Result<Obj, Exc> {
    if !args.pos.is_empty() || !args.kw.is_empty() {
        return Err(exc::arg_count(0, args.pos.len()));
    }
    Ok(Obj::from_ref(crate::gc::new(ObjBase::new(ty))?))
}

/// A StringIO or BytesIO.
#[repr(C)]
pub struct StreamObj {
    pub base: ObjBase,
    /// The contents (a bytearray), or NULL once closed.
    data: Cell<Obj>,
    /// Byte offset of the next read or write; may be past the end.
    pos: Cell<usize>,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only STRINGIO_TYPE and BYTESIO_TYPE objects are
// `StreamObj`s (made by `stream_make_new` alone).
unsafe impl PyObj for StreamObj {
    const TYPE: Option<&'static Type> = Some(&STRINGIO_TYPE);
    const ALT_TYPE: Option<&'static Type> = Some(&BYTESIO_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &STRINGIO_TYPE) || core::ptr::eq(ty, &BYTESIO_TYPE)
    }
}

static LOCALS: RomDict = RomDict::new(&sort_entries([
    RomEntry::new(qstr!("read"), Obj::from_static(&READ)),
    RomEntry::new(qstr!("readline"), Obj::from_static(&READLINE)),
    RomEntry::new(qstr!("readinto"), Obj::from_static(&READINTO)),
    RomEntry::new(qstr!("write"), Obj::from_static(&WRITE)),
    RomEntry::new(qstr!("seek"), Obj::from_static(&SEEK)),
    RomEntry::new(qstr!("tell"), Obj::from_static(&TELL)),
    RomEntry::new(qstr!("getvalue"), Obj::from_static(&GETVALUE)),
    RomEntry::new(qstr!("flush"), Obj::from_static(&FLUSH)),
    RomEntry::new(qstr!("close"), Obj::from_static(&CLOSE)),
    RomEntry::new(qstr!("__enter__"), Obj::from_static(&ENTER)),
    RomEntry::new(qstr!("__exit__"), Obj::from_static(&EXIT)),
]));

static READ: NativeFn = NativeFn::new(qstr!("read"), 1, 2, stream_read);
static READLINE: NativeFn = NativeFn::new(qstr!("readline"), 1, 2, stream_readline);
static READINTO: NativeFn = NativeFn::new(qstr!("readinto"), 2, 3, stream_readinto);
static WRITE: NativeFn = NativeFn::new(qstr!("write"), 2, 2, stream_write);
static SEEK: NativeFn = NativeFn::new(qstr!("seek"), 2, 3, stream_seek);
static TELL: NativeFn = NativeFn::new(qstr!("tell"), 1, 1, |a| int::from_i64(open(a[0])?.1.pos.get() as i64));
static GETVALUE: NativeFn = NativeFn::new(qstr!("getvalue"), 1, 1, stream_getvalue);
static FLUSH: NativeFn = NativeFn::new(qstr!("flush"), 1, 1, |a| open(a[0]).map(|_| Obj::NONE));
static CLOSE: NativeFn = NativeFn::new(qstr!("close"), 1, 1, stream_close);
static ENTER: NativeFn = NativeFn::new(qstr!("__enter__"), 1, 1, |a| Ok(a[0]));
static EXIT: NativeFn = NativeFn::new(qstr!("__exit__"), 1, 4, stream_close);

pub static STRINGIO_TYPE: Type = Type {
    name: qstr!("StringIO"),
    make_new: Some(stream_make_new),
    print: Some(stream_print),
    locals: Some(&LOCALS),
    ext: Some(&TypeExt { iternext: Some(stream_next), ..TypeExt::EMPTY }),
    ..Type::EMPTY
};

pub static BYTESIO_TYPE: Type = Type {
    name: qstr!("BytesIO"),
    make_new: Some(stream_make_new),
    print: Some(stream_print),
    locals: Some(&LOCALS),
    ext: Some(&TypeExt { iternext: Some(stream_next), ..TypeExt::EMPTY }),
    ..Type::EMPTY
};

/// `StringIO(initial='')`, `BytesIO(initial=b'')`: the contents start as a copy of any
/// buffer, at position 0; an int (a size hint in MicroPython) starts them empty. A second
/// argument is ignored, as MicroPython does.
fn stream_make_new(ty: &'static Type, args: Args<'_>) -> Result<Obj, Exc> {
    let init: &[u8] = match args.no_kw()? {
        [] => &[],
        [x, ..] if int::is_int(*x) => &[],
        [x] | [x, _] => buffer::get_or_raise(*x)?.bytes(),
        a => return Err(exc::at_most_args(2, a.len())),
    };
    let data = bytearray::from_slice(init)?;
    let s = crate::gc::new(StreamObj { base: ObjBase::new(ty), data: Cell::new(data), pos: Cell::new(0) })?;
    Ok(Obj::from_ref(s))
}

fn stream_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    out.write(b"<io.")?;
    out.write_str(o.ty().name())?;
    out.write(b" object>")
}

/// The stream behind a method's `self` and its contents.
///
/// # Errors
/// `TypeError` for another object; `ValueError` when the stream is closed.
fn open(o: Obj) -> Result<(&'static ByteArrayObj, &'static StreamObj), Exc> {
    let s = o.downcast::<StreamObj>().ok_or_else(|| exc::wrong_self(&STRINGIO_TYPE, o))?;
    match s.data.get().downcast::<ByteArrayObj>() {
        Some(d) => Ok((d, s)),
        None => Err(exc::value_error(msg!("I/O operation on closed file"))),
    }
}

fn is_text(s: &StreamObj) -> bool {
    core::ptr::eq(s.base.ty, &STRINGIO_TYPE)
}

/// A str (StringIO) or bytes (BytesIO) holding a copy of `b`.
fn result(s: &StreamObj, b: &[u8]) -> Result<Obj, Exc> {
    if !is_text(s) {
        return bytes::from_slice(b);
    }
    if !unicode::is_valid(b) {
        return Err(exc::new(&exc::UNICODE_ERROR, &[]));
    }
    pystr::from_bytes(b)
}

/// A size argument: `None` or a negative int mean "no limit".
fn limit(args: &[Obj], i: usize) -> Result<Option<usize>, Exc> {
    match args.get(i) {
        None => Ok(None),
        Some(&o) if o == Obj::NONE => Ok(None),
        Some(&o) => Ok(usize::try_from(int::expect_i64(o)?).ok()),
    }
}

/// The unread bytes: from the position to the end (empty past the end).
fn rest(d: &ByteArrayObj, s: &StreamObj) -> &'static [u8] {
    let all = d.buf().bytes();
    all.get(s.pos.get()..).unwrap_or(&[])
}

/// Bytes to take from `avail` for `n` units: characters in a StringIO, bytes in a
/// BytesIO (a StringIO never stops inside a character).
fn take(s: &StreamObj, avail: &[u8], n: Option<usize>) -> usize {
    match n {
        None => avail.len(),
        Some(n) if is_text(s) => unicode::byte_offset(avail, n),
        Some(n) => n.min(avail.len()),
    }
}

/// `read(size=-1)`: up to `size` characters (StringIO) or bytes (BytesIO); all with
/// no size, None or a negative one.
fn stream_read(a: &[Obj]) -> Result<Obj, Exc> {
    let (d, s) = open(a[0])?;
    let n = limit(a, 1)?;
    let avail = rest(d, s);
    let k = take(s, avail, n);
    let r = result(s, &avail[..k])?;
    s.pos.set(s.pos.get() + k);
    Ok(r)
}

/// The length in bytes of the next line of `avail` (up to and including `\n`), at most
/// `max` bytes (MicroPython counts `readline`'s limit in bytes), never ending inside a
/// character of a StringIO.
fn line_len(s: &StreamObj, avail: &[u8], max: Option<usize>) -> usize {
    let mut k = avail.iter().position(|&c| c == b'\n').map_or(avail.len(), |i| i + 1);
    if let Some(m) = max {
        k = k.min(m);
    }
    while is_text(s) && k < avail.len() && !unicode::starts_char(avail[k]) {
        k += 1;
    }
    k
}

/// `readline(size=-1)`: the next line with its `\n`; `''`/`b''` at the end.
fn stream_readline(a: &[Obj]) -> Result<Obj, Exc> {
    let (d, s) = open(a[0])?;
    let max = limit(a, 1)?;
    let avail = rest(d, s);
    let k = line_len(s, avail, max);
    let r = result(s, &avail[..k])?;
    s.pos.set(s.pos.get() + k);
    Ok(r)
}

/// Iterating: the lines, until the end.
fn stream_next(o: Obj) -> Result<Obj, Exc> {
    let (d, s) = open(o)?;
    let avail = rest(d, s);
    if avail.is_empty() {
        return Ok(Obj::NULL);
    }
    let k = line_len(s, avail, None);
    let r = result(s, &avail[..k])?;
    s.pos.set(s.pos.get() + k);
    Ok(r)
}

/// `readinto(buf[, nbytes])`: bytes into a writable buffer; the number read.
fn stream_readinto(a: &[Obj]) -> Result<Obj, Exc> {
    let (d, s) = open(a[0])?;
    let dest = buffer::get(a[1])
        .filter(|b| b.writable)
        .ok_or_else(|| exc::type_error(msg!("object with buffer protocol required")))?;
    let mut n = dest.len;
    if let Some(m) = limit(a, 2)? {
        n = n.min(m);
    }
    let avail = rest(d, s);
    let k = n.min(avail.len());
    // The destination is the caller's buffer, never this stream's own bytearray (which
    // no Python code can reach), so the source does not overlap it.
    dest.write(0, &avail[..k]);
    s.pos.set(s.pos.get() + k);
    int::from_i64(k as i64)
}

/// `write(data)`: `data`'s bytes at the position (over what is there, after zero bytes
/// if the position is past the end); the number of bytes written.
fn stream_write(a: &[Obj]) -> Result<Obj, Exc> {
    let (d, s) = open(a[0])?;
    let src = buffer::get_or_raise(a[1])?.bytes();
    let pos = s.pos.get();
    const ZEROS: [u8; 64] = [0; 64];
    while d.len() < pos {
        let gap = (pos - d.len()).min(ZEROS.len());
        d.splice(d.len(), d.len(), &ZEROS[..gap])?;
    }
    let end = pos.saturating_add(src.len()).min(d.len());
    d.splice(pos, end, src)?;
    s.pos.set(pos + src.len());
    int::from_i64(src.len() as i64)
}

/// `seek(offset, whence=0)`: from the start (0), the position (1) or the end (2); the new
/// position. As MicroPython: a negative offset from the start is `OSError: [Errno 22]
/// EINVAL`, one from the position or the end stops at 0, and any other `whence` counts
/// from 0.
fn stream_seek(a: &[Obj]) -> Result<Obj, Exc> {
    let (d, s) = open(a[0])?;
    let offset = int::expect_i64(a[1])?;
    let whence = match a.get(2) {
        Some(&w) => int::expect_i64(w)?,
        None => 0,
    };
    if whence == 0 && offset < 0 {
        return Err(exc::os_error(exc::EINVAL));
    }
    let from = match whence {
        1 => s.pos.get(),
        2 => d.len(),
        _ => 0,
    } as i64;
    let pos = from.saturating_add(offset).max(0);
    let pos = usize::try_from(pos).map_err(|_| exc::os_error(exc::EINVAL))?;
    s.pos.set(pos);
    int::from_i64(pos as i64)
}

/// `getvalue()`: all the contents, whatever the position.
fn stream_getvalue(a: &[Obj]) -> Result<Obj, Exc> {
    let (d, s) = open(a[0])?;
    result(s, d.buf().bytes())
}

/// `close()` (and `__exit__`): drop the contents; later operations raise `ValueError`.
fn stream_close(a: &[Obj]) -> Result<Obj, Exc> {
    let s = a[0].downcast::<StreamObj>().ok_or_else(|| exc::wrong_self(&STRINGIO_TYPE, a[0]))?;
    s.data.set(Obj::NULL);
    Ok(Obj::NONE)
}

#[cfg(not(mp_feature = "bytearray"))]
compile_error!("the `io` module keeps its contents in a bytearray: turn on the `bytearray` feature");
