//! Files: `open()` and the objects it returns, `io.FileIO` (binary) and
//! `io.TextIOWrapper` (text), over the board's [`OsHal`] (MicroPython's `VfsPosix` file
//! objects). Unbuffered, as MicroPython's are: each call goes to the board. On a board
//! without OS services `open` raises `OSError(ENOENT)` (there are no files). Built with the
//! `open` feature (from level `core`).

use crate::obj::TypeExt;
use core::cell::Cell;

use super::file::{os_error, path_arg, with_os, with_os_or};
use super::repr::{ObjBase, PyObj};
use super::{buffer, bytes, dict::RomDict, exc, int, list, str as pystr, Args, Obj, Type};
use crate::gc::GcVec;
use crate::os_hal::OpenMode;
use crate::print::{Print, PrintKind};
use exc::Exc;

#[repr(C)]
pub struct FileObj {
    pub base: ObjBase,
    /// The board's handle; -1 once closed.
    fd: Cell<i32>,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `FILEIO_TYPE` and `TEXTIO_TYPE` objects are
// `FileObj`s.
unsafe impl PyObj for FileObj {
    const TYPE: Option<&'static Type> = Some(&FILEIO_TYPE);
    const ALT_TYPE: Option<&'static Type> = Some(&TEXTIO_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &FILEIO_TYPE) || core::ptr::eq(ty, &TEXTIO_TYPE)
    }
}

pub static FILEIO_TYPE: Type = Type {
    name: qstr!("FileIO"),
    print: Some(file_print),
    locals: Some(&FILE_LOCALS),
    ext: Some(&TypeExt { iter: Some(Ok), iternext: Some(file_iternext), ..TypeExt::EMPTY }),
    ..Type::EMPTY
};

pub static TEXTIO_TYPE: Type = Type {
    name: qstr!("TextIOWrapper"),
    print: Some(file_print),
    locals: Some(&FILE_LOCALS),
    ext: Some(&TypeExt { iter: Some(Ok), iternext: Some(file_iternext), ..TypeExt::EMPTY }),
    ..Type::EMPTY
};

fn file_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    let fd = o.downcast::<FileObj>().map_or(-1, |f| f.fd.get());
    out.write(b"<io.")?;
    out.write_str(o.ty().name())?;
    out.write(b" ")?;
    crate::print::print_int(out, fd as i64)?;
    out.write(b">")
}

/// `open(file, mode='r', buffering=-1, encoding=None)`: the mode's letters as
/// MicroPython reads them (`r w a + b t`; others, `x` included, are ignored).
///
/// # Errors
/// `OSError` from the board, `TypeError` for a path that is not a str.
pub fn open(args: Args<'_>) -> Result<Obj, Exc> {
    let mut slots = [Obj::NULL; 4];
    super::fun::parse_args(&OPEN_SPEC, args, &mut slots)?;
    let path = path_arg(slots[0])?;
    let mode_text = if slots[1] == Obj::NONE { "r" } else { path_arg(slots[1])? };
    let mut mode = OpenMode::default();
    let mut text = true;
    for c in mode_text.bytes() {
        match c {
            b'r' => mode.read = true,
            b'w' => (mode.write, mode.create, mode.truncate) = (true, true, true),
            b'a' => (mode.write, mode.create, mode.append) = (true, true, true),
            b'+' => (mode.read, mode.write) = (true, true),
            b'b' => text = false,
            b't' => text = true,
            _ => {}
        }
    }
    if !mode.write {
        mode.read = true;
    }
    // A board without a file system has no files: `ENOENT`, as before files existed.
    let fd = with_os_or(crate::os_hal::ENOENT, |os| os.open(path, mode))?;
    let ty = if text { &TEXTIO_TYPE } else { &FILEIO_TYPE };
    match crate::gc::new(FileObj { base: ObjBase::new(ty), fd: Cell::new(fd) }) {
        Ok(f) => Ok(Obj::from_ref(f)),
        Err(e) => {
            let _ = with_os(|os| os.close(fd));
            Err(e)
        }
    }
}

static OPEN_SPEC: super::fun::ArgSpec = super::fun::ArgSpec {
    names: &[qstr!("file"), qstr!("mode"), qstr!("buffering"), qstr!("encoding")],
    defaults: &[Obj::NULL, Obj::NONE, Obj::NONE, Obj::NONE],
    n_pos: 4,
    varargs: false,
    varkw: false,
};

/// The open file behind `o` (`self`), or `ValueError` if it is closed.
fn fd_of(o: Obj) -> Result<i32, Exc> {
    let f = o.downcast::<FileObj>().ok_or_else(|| exc::wrong_self(&FILEIO_TYPE, o))?;
    match f.fd.get() {
        -1 => Err(exc::value_error(msg!("I/O operation on closed file"))),
        fd => Ok(fd),
    }
}

/// Whether `o` is a file that is still open (for `select.poll`).
pub fn is_open(o: Obj) -> bool {
    o.downcast::<FileObj>().is_some_and(|f| f.fd.get() != -1)
}

fn is_text(o: Obj) -> bool {
    core::ptr::eq(o.ty(), &TEXTIO_TYPE)
}

/// Bytes read per call to the board.
const CHUNK: usize = 256;

/// Append up to `n` bytes (all, if `None`) to `out`; whether the end of the file was met.
fn read_into(fd: i32, out: &mut GcVec<u8>, n: Option<usize>) -> Result<bool, Exc> {
    let mut chunk = [0u8; CHUNK];
    let mut left = n.unwrap_or(usize::MAX);
    while left > 0 {
        crate::vm::poll_interrupt()?;
        let want = left.min(CHUNK);
        let got = with_os(|os| os.read(fd, &mut chunk[..want]))?;
        if got == 0 {
            return Ok(true);
        }
        out.extend_from_slice(&chunk[..got])?;
        left -= got;
    }
    Ok(false)
}

/// The result of a read: bytes, or str for a text file (the bytes are checked as UTF-8).
fn result(o: Obj, buf: GcVec<u8>) -> Result<Obj, Exc> {
    if !is_text(o) {
        return bytes::from_gcvec(buf);
    }
    if crate::obj::unicode::as_utf8(&buf).is_none() {
        return Err(exc::new_msg(&exc::UNICODE_ERROR, msg!("invalid UTF-8")));
    }
    pystr::from_gcvec(buf)
}

/// `read(size=-1)`: `size` bytes, or characters of a text file.
fn file_read(args: &[Obj]) -> Result<Obj, Exc> {
    let o = args[0];
    let fd = fd_of(o)?;
    let n = match args.get(1) {
        Some(&v) if v != Obj::NONE => usize::try_from(int::expect_i64(v)?).ok(),
        _ => None,
    };
    let mut buf = GcVec::new();
    let Some(n) = n else {
        read_into(fd, &mut buf, None)?;
        return result(o, buf);
    };
    let eof = read_into(fd, &mut buf, Some(n))?;
    if is_text(o) && !eof {
        // `n` counts characters: read on until there are `n` whole ones.
        loop {
            let chars = buf.iter().filter(|&&b| b & 0xc0 != 0x80).count();
            let partial = utf8_missing(&buf);
            if chars > n || (chars == n && partial == 0) {
                break;
            }
            let more = if chars < n { n - chars } else { partial };
            if read_into(fd, &mut buf, Some(more))? {
                break;
            }
        }
    }
    result(o, buf)
}

/// How many continuation bytes the last character of `b` still lacks.
fn utf8_missing(b: &[u8]) -> usize {
    let Some(start) = b.iter().rposition(|&c| c & 0xc0 != 0x80) else { return 0 };
    let need: usize = match b[start] {
        c if c >= 0xf0 => 4,
        c if c >= 0xe0 => 3,
        c if c >= 0xc0 => 2,
        _ => 1,
    };
    need.saturating_sub(b.len() - start)
}

/// One line, up to and including `\n` (empty at the end of the file).
fn read_line(o: Obj) -> Result<Obj, Exc> {
    let fd = fd_of(o)?;
    let mut buf = GcVec::new();
    let mut c = [0u8; 1];
    loop {
        crate::vm::poll_interrupt()?;
        if with_os(|os| os.read(fd, &mut c))? == 0 {
            break;
        }
        buf.push(c[0])?;
        if c[0] == b'\n' {
            break;
        }
    }
    result(o, buf)
}

fn file_readline(args: &[Obj]) -> Result<Obj, Exc> {
    read_line(args[0])
}

fn file_readlines(args: &[Obj]) -> Result<Obj, Exc> {
    let l = list::new(&[])?;
    loop {
        let line = read_line(args[0])?;
        if super::len(line)? == 0 {
            return Ok(l);
        }
        list::append(l, line)?;
    }
}

fn file_iternext(o: Obj) -> Result<Obj, Exc> {
    let line = read_line(o)?;
    Ok(if super::len(line)? == 0 { Obj::NULL } else { line })
}

/// `readinto(buf)`: bytes read into a writable buffer; their count.
fn file_readinto(args: &[Obj]) -> Result<Obj, Exc> {
    let fd = fd_of(args[0])?;
    let b = buffer::get_or_raise(args[1])?;
    if !b.writable {
        return Err(exc::type_error(msg!("object with buffer protocol required")));
    }
    let mut chunk = [0u8; CHUNK];
    let mut done = 0;
    while done < b.len {
        let want = (b.len - done).min(CHUNK);
        let got = with_os(|os| os.read(fd, &mut chunk[..want]))?;
        if got == 0 {
            break;
        }
        b.write(done, &chunk[..got]);
        done += got;
    }
    Ok(Obj::small_int(done as isize))
}

/// `write(data)`: a str's or any buffer's bytes; how many were written.
fn file_write(args: &[Obj]) -> Result<Obj, Exc> {
    let fd = fd_of(args[0])?;
    let data = match pystr::as_str_bytes(args[1]) {
        Some(s) => s,
        None => buffer::get_or_raise(args[1])?.bytes(),
    };
    let mut done = 0;
    while done < data.len() {
        crate::vm::poll_interrupt()?;
        let n = with_os(|os| os.write(fd, &data[done..]))?;
        if n == 0 {
            break;
        }
        done += n;
    }
    Ok(Obj::small_int(done as isize))
}

/// `seek(offset, whence=0)`: the new position.
fn file_seek(args: &[Obj]) -> Result<Obj, Exc> {
    let fd = fd_of(args[0])?;
    let offset = int::expect_i64(args[1])?;
    let whence = match args.get(2) {
        Some(&w) => int::expect_i64(w)?,
        None => 0,
    };
    let whence = i32::try_from(whence).map_err(|_| os_error(crate::os_hal::EINVAL))?;
    int::from_u64(with_os(|os| os.seek(fd, offset, whence))?)
}

fn file_tell(args: &[Obj]) -> Result<Obj, Exc> {
    let fd = fd_of(args[0])?;
    int::from_u64(with_os(|os| os.seek(fd, 0, 1))?)
}

fn file_flush(args: &[Obj]) -> Result<Obj, Exc> {
    let fd = fd_of(args[0])?;
    with_os(|os| os.flush(fd))?;
    Ok(Obj::NONE)
}

fn file_fileno(args: &[Obj]) -> Result<Obj, Exc> {
    Ok(Obj::small_int(fd_of(args[0])? as isize))
}

/// `close()`: idempotent, as in MicroPython.
fn file_close(args: &[Obj]) -> Result<Obj, Exc> {
    let f = args[0].downcast::<FileObj>().ok_or_else(|| exc::wrong_self(&FILEIO_TYPE, args[0]))?;
    let fd = f.fd.replace(-1);
    if fd >= 0 {
        with_os(|os| os.close(fd))?;
    }
    Ok(Obj::NONE)
}

fn file_enter(args: &[Obj]) -> Result<Obj, Exc> {
    Ok(args[0])
}

fn file_exit(args: &[Obj]) -> Result<Obj, Exc> {
    file_close(&args[..1])
}

use super::fun::NativeFn;
static READ: NativeFn = NativeFn::new(qstr!("read"), 1, 2, file_read);
static READINTO: NativeFn = NativeFn::new(qstr!("readinto"), 2, 2, file_readinto);
static READLINE: NativeFn = NativeFn::new(qstr!("readline"), 1, 2, file_readline);
static READLINES: NativeFn = NativeFn::new(qstr!("readlines"), 1, 1, file_readlines);
static WRITE: NativeFn = NativeFn::new(qstr!("write"), 2, 2, file_write);
static SEEK: NativeFn = NativeFn::new(qstr!("seek"), 2, 3, file_seek);
static TELL: NativeFn = NativeFn::new(qstr!("tell"), 1, 1, file_tell);
static FLUSH: NativeFn = NativeFn::new(qstr!("flush"), 1, 1, file_flush);
static FILENO: NativeFn = NativeFn::new(qstr!("fileno"), 1, 1, file_fileno);
static CLOSE: NativeFn = NativeFn::new(qstr!("close"), 1, 1, file_close);
static ENTER: NativeFn = NativeFn::new(qstr!("__enter__"), 1, 1, file_enter);
static EXIT: NativeFn = NativeFn::new(qstr!("__exit__"), 1, 4, file_exit);

static FILE_LOCALS: RomDict = RomDict::new(&super::dict::sort_entries([
    super::str_methods::e(qstr!("read"), &READ),
    super::str_methods::e(qstr!("readinto"), &READINTO),
    super::str_methods::e(qstr!("readline"), &READLINE),
    super::str_methods::e(qstr!("readlines"), &READLINES),
    super::str_methods::e(qstr!("write"), &WRITE),
    super::str_methods::e(qstr!("seek"), &SEEK),
    super::str_methods::e(qstr!("tell"), &TELL),
    super::str_methods::e(qstr!("flush"), &FLUSH),
    super::str_methods::e(qstr!("fileno"), &FILENO),
    super::str_methods::e(qstr!("close"), &CLOSE),
    super::str_methods::e(qstr!("__enter__"), &ENTER),
    super::str_methods::e(qstr!("__exit__"), &EXIT),
]));
