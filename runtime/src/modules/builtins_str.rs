//! The text built-ins: `ord`, `chr`, and beyond MicroPython's levels `format` and `ascii`
//! (`repr` is `str::to_str`). Entries in the builtins table (`builtins.rs`).

use crate::obj::fun::NativeFn;
use crate::obj::{buffer, exc, int, str as pystr, unicode, Obj};
use crate::print::StrBuf;
use exc::Exc;

pub static ORD: NativeFn = NativeFn::new(qstr!("ord"), 1, 1, builtin_ord);
pub static CHR: NativeFn = NativeFn::new(qstr!("chr"), 1, 1, builtin_chr);
#[cfg(mp_feature = "builtin_format")]
pub static FORMAT: NativeFn = NativeFn::new(qstr!("format"), 1, 2, builtin_format);
#[cfg(mp_feature = "builtin_ascii")]
pub static ASCII: NativeFn = NativeFn::new(qstr!("ascii"), 1, 1, builtin_ascii);

/// `ord(c)`: the code point of a one-character str, or the value of a one-byte bytes.
fn builtin_ord(args: &[Obj]) -> Result<Obj, Exc> {
    let o = args[0];
    let (b, n) = match pystr::as_str_bytes(o) {
        Some(b) => (b, unicode::char_count(b)),
        None => match buffer::bytes_of(o) {
            Some(b) => (b, b.len()),
            None => return Err(crate::obj::str_methods::cant_convert(o, "str")),
        },
    };
    if n != 1 {
        let mut len = StrBuf::new();
        crate::print::print_int(&mut len, n as i64)?;
        let len = crate::obj::unicode::as_utf8(&len.buf).unwrap_or("?");
        return Err(exc::new_msg_fmt(
            &exc::TYPE_ERROR,
            msg!("ord() expected a character, but string of length {} found"),
            &[len],
        ));
    }
    let v = if pystr::as_str_bytes(o).is_some() { unicode::decode_at(b, 0).0 } else { b[0] as u32 };
    int::from_i64(v as i64)
}

/// `chr(i)`: the one-character str for code point `i` (below 256 without unicode).
fn builtin_chr(args: &[Obj]) -> Result<Obj, Exc> {
    let v = int::expect_i64(args[0])?;
    let mut buf = StrBuf::new();
    if !unicode::push_char(&mut buf.buf, v)? {
        let msg = if cfg!(mp_feature = "str_unicode") {
            msg!("char not in range(0x110000)")
        } else {
            msg!("chr() arg not in range(256)")
        };
        return Err(exc::value_error(msg));
    }
    pystr::from_bytes(&buf.buf)
}

/// `format(value, spec='')`.
#[cfg(mp_feature = "builtin_format")]
fn builtin_format(args: &[Obj]) -> Result<Obj, Exc> {
    let spec = match args.get(1) {
        Some(&s) => pystr::as_str_bytes(s).ok_or_else(|| crate::obj::str_methods::cant_convert(s, "str"))?,
        None => b"",
    };
    let mut out = StrBuf::new();
    crate::obj::str_format::format_value(&mut out, args[0], spec)?;
    crate::obj::str_methods::new_from_vec(crate::obj::str_methods::Kind::Str, out.buf)
}

/// `ascii(x)`: `repr(x)` with the characters past ASCII escaped.
#[cfg(mp_feature = "builtin_ascii")]
fn builtin_ascii(args: &[Obj]) -> Result<Obj, Exc> {
    pystr::ascii_of(args[0])
}
