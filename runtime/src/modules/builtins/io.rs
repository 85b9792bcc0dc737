//! `print` (to the console or to any object with a `write` method), `input` and `open`
//! (`help` is in `modules::help`).

use crate::obj::fun::NativeKwFn;
use crate::obj::{self, exc, str as pystr, Args, Obj};
use crate::print::{Console, PrintKind, StrBuf};
use exc::Exc;

pub static PRINT: NativeKwFn = NativeKwFn::new(qstr!("print"), builtin_print);
#[cfg(all(mp_feature = "open", mp_module = "os"))]
pub static OPEN: NativeKwFn = NativeKwFn::new(qstr!("open"), builtin_open);
#[cfg(mp_feature = "input")]
pub static INPUT: crate::obj::fun::NativeFn = crate::obj::fun::NativeFn::new(qstr!("input"), 0, 1, builtin_input);

/// Where `print` writes: the console, or a `file=` object's `write` method.
enum Out {
    Console,
    File(Obj),
}

impl Out {
    fn write(&self, b: &[u8]) -> Result<(), Exc> {
        match self {
            Out::Console => {
                crate::print::stdout_write(b);
                Ok(())
            }
            Out::File(f) => {
                let s = pystr::new_str(crate::obj::unicode::as_utf8(b).unwrap_or(""))?;
                obj::call(*f, &[s]).map(|_| ())
            }
        }
    }

    fn print(&self, o: Obj) -> Result<(), Exc> {
        match self {
            Out::Console => obj::print(o, &mut Console, PrintKind::Str),
            Out::File(_) => {
                let mut buf = StrBuf::new();
                obj::print(o, &mut buf, PrintKind::Str)?;
                self.write(&buf.buf)
            }
        }
    }
}

/// `sep`/`end`: a str, or None for the default.
fn text(o: Obj, dflt: &'static [u8]) -> Result<&'static [u8], Exc> {
    if o == Obj::NONE {
        return Ok(dflt);
    }
    pystr::as_str_bytes(o)
        .ok_or_else(|| exc::type_error_fmt(msg!("can't convert '{}' object to str implicitly"), &[o.ty().name()]))
}

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
fn builtin_print(args: Args<'_>) -> Result<Obj, Exc> {
    let (mut sep, mut end, mut file) = (Obj::NONE, Obj::NONE, Obj::NONE);
    for (k, v) in args.kw_pairs() {
        if pystr::eq_qstr(k, qstr!("sep")) {
            sep = v;
        } else if pystr::eq_qstr(k, qstr!("end")) {
            end = v;
        } else if pystr::eq_qstr(k, qstr!("file")) {
            file = v;
        } else if !pystr::eq_qstr(k, qstr!("flush")) {
            return Err(crate::obj::fun::extra_keywords());
        }
    }
    let sep = text(sep, b" ")?;
    let end = text(end, b"\n")?;
    // A file without `write` is not a stream: MicroPython's `OSError`.
    let out = match file {
        f if f == Obj::NONE => Out::Console,
        f => Out::File(obj::load_attr(f, qstr!("write")).map_err(|e| {
            if e.is(&exc::ATTRIBUTE_ERROR) {
                exc::new_msg(&exc::OS_ERROR, msg!("stream operation not supported"))
            } else {
                e
            }
        })?),
    };
    for (i, &a) in args.pos.iter().enumerate() {
        if i > 0 {
            out.write(sep)?;
        }
        out.print(a)?;
    }
    out.write(end)?;
    Ok(Obj::NONE)
}

/// `open(...)`: a file object of the board's file system (`obj::fileio`); `OSError` where
/// there is none.
#[cfg(all(mp_feature = "open", mp_module = "os"))]
fn builtin_open(args: Args<'_>) -> Result<Obj, Exc> {
    crate::obj::fileio::open(args)
}

/// `input(prompt='')`: a line from the console with line editing; `EOFError` at the end
/// of input.
#[cfg(mp_feature = "input")]
fn builtin_input(args: &[Obj]) -> Result<Obj, Exc> {
    let prompt = match args.first() {
        Some(&p) => {
            let mut b = StrBuf::new();
            obj::print(p, &mut b, PrintKind::Str)?;
            b.buf
        }
        None => crate::gc::GcVec::new(),
    };
    let mut line = crate::gc::GcVec::new();
    let mut history = crate::repl::readline::History::new();
    match crate::repl::readline::readline(&mut line, &prompt, &mut history)? {
        crate::repl::readline::Event::Line => pystr::from_gcvec(line),
        crate::repl::readline::Event::Ctrl(3) => Err(exc::keyboard_interrupt()),
        _ => Err(exc::new(&exc::EOF_ERROR, &[])),
    }
}
