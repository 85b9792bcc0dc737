//! `sys.stdin`, `sys.stdout`, `sys.stderr` and their `.buffer`s over the board's console
//! (MicroPython's `extmod/sys_stdio_mphal.c`): what every port without a file system uses.
//!
//! Six ROM objects, no heap: the text streams (`TextIOWrapper`) and the binary ones
//! (`FileIO`), each known by its address, so a stream's file number needs no field.
//! Text output goes through the console as `print` does (`\n` → `\r\n` on a UART);
//! binary output is sent as is. Reading a text stream turns a terminal's `\r` into `\n`
//! on a board whose console is a UART. Reading an output stream, or writing stdin,
//! raises `OSError(EPERM)`; `close()` does nothing (the console stays open), as in
//! MicroPython's bare-metal ports.

use crate::gc::{root, GcVec};
use crate::obj::dict::RomDict;
use crate::obj::exc::{self, Exc};
use crate::obj::fun::NativeFn;
use crate::obj::repr::ObjBase;
use crate::obj::TypeExt;
use crate::obj::{buffer, bytes, int, list, str as pystr, Obj, Type};
use crate::print::{Print, PrintKind};

pub static TEXTIO_TYPE: Type = Type {
    name: qstr!("TextIOWrapper"),
    print: Some(stdio_print),
    attr: Some(stdio_attr),
    locals: Some(&LOCALS),
    ext: Some(&TypeExt { iter: Some(Ok), iternext: Some(stdio_iternext), ..TypeExt::EMPTY }),
    ..Type::EMPTY
};

pub static FILEIO_TYPE: Type = Type {
    name: qstr!("FileIO"),
    print: Some(stdio_print),
    locals: Some(&LOCALS),
    ext: Some(&TypeExt { iter: Some(Ok), iternext: Some(stdio_iternext), ..TypeExt::EMPTY }),
    ..Type::EMPTY
};

pub static STDIN: ObjBase = ObjBase::new(&TEXTIO_TYPE);
pub static STDOUT: ObjBase = ObjBase::new(&TEXTIO_TYPE);
pub static STDERR: ObjBase = ObjBase::new(&TEXTIO_TYPE);
static STDIN_BUFFER: ObjBase = ObjBase::new(&FILEIO_TYPE);
static STDOUT_BUFFER: ObjBase = ObjBase::new(&FILEIO_TYPE);
static STDERR_BUFFER: ObjBase = ObjBase::new(&FILEIO_TYPE);

/// The six streams with their file numbers: (text, binary, fd).
static STREAMS: [(&ObjBase, &ObjBase, i64); 3] =
    [(&STDIN, &STDIN_BUFFER, 0), (&STDOUT, &STDOUT_BUFFER, 1), (&STDERR, &STDERR_BUFFER, 2)];

/// `(fd, is_text)` of a stream object.
fn which(o: Obj) -> Result<(i64, bool), Exc> {
    for (text, bin, fd) in STREAMS {
        if o == Obj::from_static(text) {
            return Ok((fd, true));
        }
        if o == Obj::from_static(bin) {
            return Ok((fd, false));
        }
    }
    Err(exc::wrong_self(&TEXTIO_TYPE, o))
}

/// The file number of a console stream (`sys.stdin`, `sys.stdout`, `sys.stderr` or a
/// `.buffer`), `None` for any other object (for `select.poll`).
#[cfg(mp_module = "select")]
pub fn fd_of(o: Obj) -> Option<i64> {
    STREAMS.iter().find(|(t, b, _)| o == Obj::from_static(*t) || o == Obj::from_static(*b)).map(|s| s.2)
}

fn stdio_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    let (fd, _) = which(o)?;
    out.write(b"<io.")?;
    out.write_str(o.ty().name())?;
    out.write(b" ")?;
    crate::print::print_int(out, fd)?;
    out.write(b">")
}

/// `.buffer` of a text stream: its binary stream.
fn stdio_attr(o: Obj, name: crate::qstr::Qstr) -> Result<Obj, Exc> {
    if name != qstr!("buffer") {
        return Ok(Obj::NULL);
    }
    let (fd, _) = which(o)?;
    Ok(STREAMS.iter().find(|s| s.2 == fd).map_or(Obj::NULL, |s| Obj::from_static(s.1)))
}

fn eperm() -> Exc {
    crate::obj::file::os_error(crate::os_hal::EPERM)
}

/// One byte from the console; `None` at the end of the input (the host's stdin closed).
/// The interrupt character, armed while code runs, raises `KeyboardInterrupt` as it
/// would between bytecodes: it is never data.
fn read_byte(text: bool) -> Result<Option<u8>, Exc> {
    crate::vm::poll_interrupt()?;
    let (c, crlf) = root::with_hal(|h| (h.stdin_rx_chr(), h.crlf())).unwrap_or((None, false));
    match c {
        Some(0x03) => Err(exc::keyboard_interrupt()),
        Some(b'\r') if text && crlf => Ok(Some(b'\n')),
        c => Ok(c),
    }
}

/// The bytes read as the stream's kind: str (checked as UTF-8) or bytes.
fn result(text: bool, buf: GcVec<u8>) -> Result<Obj, Exc> {
    if !text {
        return bytes::from_gcvec(buf);
    }
    if crate::obj::unicode::as_utf8(&buf).is_none() {
        return Err(exc::new_msg(&exc::UNICODE_ERROR, msg!("invalid UTF-8")));
    }
    pystr::from_gcvec(buf)
}

/// The input stream's kind, or `OSError(EPERM)` for an output stream.
fn input(o: Obj) -> Result<bool, Exc> {
    match which(o)? {
        (0, text) => Ok(text),
        _ => Err(eperm()),
    }
}

/// `read(size=-1)`: `size` bytes (characters of a text stream: a multi-byte character is
/// read whole), or everything up to the end of the input.
fn stdio_read(args: &[Obj]) -> Result<Obj, Exc> {
    let text = input(args[0])?;
    let mut left = match args.get(1) {
        Some(&v) if v != Obj::NONE => usize::try_from(int::expect_i64(v)?).ok(),
        _ => None,
    };
    let mut buf = GcVec::new();
    let mut missing = 0usize;
    while left != Some(0) || missing > 0 {
        let Some(c) = read_byte(text)? else { break };
        buf.push(c)?;
        if text && c & 0xc0 == 0x80 {
            missing = missing.saturating_sub(1);
            continue;
        }
        missing = if !text || c < 0xc0 { 0 } else { (c.leading_ones() as usize).saturating_sub(1) };
        left = left.map(|n| n - 1);
    }
    result(text, buf)
}

/// One line, up to and including `\n` (empty at the end of the input).
fn read_line(o: Obj) -> Result<Obj, Exc> {
    let text = input(o)?;
    let mut buf = GcVec::new();
    while let Some(c) = read_byte(text)? {
        buf.push(c)?;
        if c == b'\n' {
            break;
        }
    }
    result(text, buf)
}

fn stdio_readline(args: &[Obj]) -> Result<Obj, Exc> {
    read_line(args[0])
}

fn stdio_readlines(args: &[Obj]) -> Result<Obj, Exc> {
    let l = list::new(&[])?;
    loop {
        let line = read_line(args[0])?;
        if crate::obj::len(line)? == 0 {
            return Ok(l);
        }
        list::append(l, line)?;
    }
}

fn stdio_iternext(o: Obj) -> Result<Obj, Exc> {
    let line = read_line(o)?;
    Ok(if crate::obj::len(line)? == 0 { Obj::NULL } else { line })
}

/// `readinto(buf)`: bytes read into a writable buffer until it is full or the input ends;
/// their count.
fn stdio_readinto(args: &[Obj]) -> Result<Obj, Exc> {
    let text = input(args[0])?;
    let b = buffer::get_or_raise(args[1])?;
    if !b.writable {
        return Err(exc::type_error(msg!("object with buffer protocol required")));
    }
    let mut done = 0;
    while done < b.len {
        let Some(c) = read_byte(text)? else { break };
        b.write(done, &[c]);
        done += 1;
    }
    Ok(Obj::small_int(done as isize))
}

/// `write(data)`: a str's or any buffer's bytes; how many were written.
fn stdio_write(args: &[Obj]) -> Result<Obj, Exc> {
    let (fd, text) = which(args[0])?;
    if fd == 0 {
        return Err(eperm());
    }
    let data = match pystr::as_str_bytes(args[1]) {
        Some(s) => s,
        None => buffer::get_or_raise(args[1])?.bytes(),
    };
    if text {
        crate::print::stdout_write(data);
    } else {
        crate::print::stdout_raw(data);
    }
    Ok(Obj::small_int(data.len() as isize))
}

fn stdio_fileno(args: &[Obj]) -> Result<Obj, Exc> {
    Ok(Obj::small_int(which(args[0])?.0 as isize))
}

/// `close()`, `flush()`, `__enter__()`: nothing to do; the stream itself.
fn stdio_identity(args: &[Obj]) -> Result<Obj, Exc> {
    which(args[0])?;
    Ok(args[0])
}

fn stdio_none(args: &[Obj]) -> Result<Obj, Exc> {
    which(args[0])?;
    Ok(Obj::NONE)
}

static READ: NativeFn = NativeFn::new(qstr!("read"), 1, 2, stdio_read);
static READINTO: NativeFn = NativeFn::new(qstr!("readinto"), 2, 2, stdio_readinto);
static READLINE: NativeFn = NativeFn::new(qstr!("readline"), 1, 2, stdio_readline);
static READLINES: NativeFn = NativeFn::new(qstr!("readlines"), 1, 1, stdio_readlines);
static WRITE: NativeFn = NativeFn::new(qstr!("write"), 2, 2, stdio_write);
static FILENO: NativeFn = NativeFn::new(qstr!("fileno"), 1, 1, stdio_fileno);
static FLUSH: NativeFn = NativeFn::new(qstr!("flush"), 1, 1, stdio_none);
static CLOSE: NativeFn = NativeFn::new(qstr!("close"), 1, 1, stdio_none);
static ENTER: NativeFn = NativeFn::new(qstr!("__enter__"), 1, 1, stdio_identity);
static EXIT: NativeFn = NativeFn::new(qstr!("__exit__"), 1, 4, stdio_none);

static LOCALS: RomDict = RomDict::new(&crate::obj::dict::sort_entries([
    crate::obj::str_methods::e(qstr!("read"), &READ),
    crate::obj::str_methods::e(qstr!("readinto"), &READINTO),
    crate::obj::str_methods::e(qstr!("readline"), &READLINE),
    crate::obj::str_methods::e(qstr!("readlines"), &READLINES),
    crate::obj::str_methods::e(qstr!("write"), &WRITE),
    crate::obj::str_methods::e(qstr!("fileno"), &FILENO),
    crate::obj::str_methods::e(qstr!("flush"), &FLUSH),
    crate::obj::str_methods::e(qstr!("close"), &CLOSE),
    crate::obj::str_methods::e(qstr!("__enter__"), &ENTER),
    crate::obj::str_methods::e(qstr!("__exit__"), &EXIT),
]));
