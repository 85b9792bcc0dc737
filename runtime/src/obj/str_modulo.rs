//! `%`-formatting of str and bytes (`'%5.2d' % x`, `'%(name)s' % d`), MicroPython's
//! `str_modulo_format` with CPython's conversions: `s r a c d i u o x X e E f F g G %`,
//! flags `- + space # 0`, `*` widths and precisions, `h l L` length modifiers ignored.

use super::str_format::{self, Spec};
use super::str_methods::{self, Kind};
use super::{buffer, exc, int, str as pystr, tuple, unicode, Obj};
use crate::print::{Print, PrintKind, StrBuf};
use exc::Exc;

/// `fmt % args` for a str `fmt`.
///
/// # Errors
/// `TypeError` for too few or too many arguments or a value a conversion cannot take,
/// `ValueError` for a malformed format, `KeyError` for a missing `%(name)`.
pub fn modulo(fmt: Obj, args: Obj) -> Result<Obj, Exc> {
    let f = pystr::as_str_bytes(fmt).unwrap_or(&[]);
    let out = percent(Kind::Str, f, args)?;
    str_methods::new_from_vec(Kind::Str, out.buf)
}

/// `fmt % args` for bytes.
///
/// # Errors
/// As [`modulo`].
pub fn modulo_bytes(fmt: &'static [u8], args: Obj) -> Result<Obj, Exc> {
    let out = percent(Kind::Bytes, fmt, args)?;
    str_methods::new_from_vec(Kind::Bytes, out.buf)
}

#[cold]
fn needs_more() -> Exc {
    exc::type_error(msg!("format string needs more arguments"))
}

#[cold]
fn incomplete() -> Exc {
    exc::value_error(msg!("incomplete format"))
}

/// The int a numeric conversion formats: an int, or for `%d %i %u` a float truncated by
/// `int()` (`%x` of a float is MicroPython's `can't convert float to int`).
fn int_arg(o: Obj, conv: u8) -> Result<Obj, Exc> {
    if int::is_int(o) {
        return Ok(o);
    }
    #[cfg(not(mp_float = "none"))]
    if super::float::value(o).is_some() && matches!(conv, b'd' | b'i' | b'u') {
        return super::call(Obj::from_static(&int::INT_TYPE), &[o]);
    }
    Err(exc::type_error_fmt(msg!("can't convert {} to int"), &[o.ty().name()]))
}

/// The formatting loop. `fmt` is immutable (a str or bytes), so it may be held while
/// arguments print (which may run Python code).
fn percent(kind: Kind, fmt: &[u8], args: Obj) -> Result<StrBuf, Exc> {
    let one = [args];
    let (items, mapping): (&[Obj], Obj) = match tuple::as_slice(args) {
        Some(t) => (t, Obj::NULL),
        None if args.ty().subscr().is_some() && pystr::as_str_bytes(args).is_none() && buffer::get(args).is_none() => {
            (&one, args)
        }
        None => (&one, Obj::NULL),
    };
    let mut next = 0;
    let mut take = || -> Result<Obj, Exc> {
        let x = items.get(next).copied().ok_or_else(needs_more)?;
        next += 1;
        Ok(x)
    };
    let mut out = StrBuf::new();
    let mut i = 0;
    while i < fmt.len() {
        let Some(p) = fmt[i..].iter().position(|&c| c == b'%') else {
            out.write(&fmt[i..])?;
            break;
        };
        out.write(&fmt[i..i + p])?;
        i += p + 1;
        let mut keyed = Obj::NULL;
        if fmt.get(i) == Some(&b'(') {
            let mut depth = 1;
            let start = i + 1;
            while depth > 0 {
                i += 1;
                match fmt.get(i) {
                    None => return Err(exc::value_error(msg!("incomplete format key"))),
                    Some(b'(') => depth += 1,
                    Some(b')') => depth -= 1,
                    _ => {}
                }
            }
            if mapping.is_null() {
                return Err(exc::type_error(msg!("format needs a dict")));
            }
            let key = str_methods::new_of(kind, &fmt[start..i])?;
            keyed = super::subscr(mapping, key, Obj::NULL)?;
            i += 1;
        }
        let mut spec = Spec::DEFAULT;
        while let Some(&c @ (b'-' | b'+' | b' ' | b'#' | b'0')) = fmt.get(i) {
            match c {
                b'-' => spec.align = b'<',
                b'+' => spec.sign = b'+',
                b' ' if spec.sign == 0 => spec.sign = b' ',
                b'#' => spec.alt = true,
                b'0' => spec.zero = true,
                _ => {}
            }
            i += 1;
        }
        if fmt.get(i) == Some(&b'*') {
            let w = int::expect_i64(take()?)?;
            if w < 0 {
                spec.align = b'<';
            }
            spec.width = w.unsigned_abs() as usize;
            i += 1;
        } else {
            spec.width = digits(fmt, &mut i);
        }
        if fmt.get(i) == Some(&b'.') {
            i += 1;
            if fmt.get(i) == Some(&b'*') {
                spec.precision = Some(int::expect_i64(take()?)?.max(0) as usize);
                i += 1;
            } else {
                spec.precision = Some(digits(fmt, &mut i));
            }
        }
        while let Some(b'h' | b'l' | b'L') = fmt.get(i) {
            i += 1;
        }
        let Some(&conv) = fmt.get(i) else { return Err(incomplete()) };
        let at = i;
        i += 1;
        if conv == b'%' {
            out.write(b"%")?;
            continue;
        }
        let arg = if keyed.is_null() { take()? } else { keyed };
        if spec.align == b'<' {
            spec.zero = false;
        }
        spec.ty = conv;
        match conv {
            b's' | b'r' | b'a' | b'b' => text(kind, &mut out, arg, &spec)?,
            b'c' => {
                let mut body = StrBuf::new();
                char_arg(kind, &mut body, arg)?;
                spec.zero = false;
                str_format::pad(&mut out, &body.buf, 0, &spec, b'>')?;
            }
            b'd' | b'i' | b'u' | b'o' | b'x' | b'X' => {
                let arg = int_arg(arg, conv)?;
                if conv != b'o' && conv != b'x' && conv != b'X' {
                    spec.ty = b'd';
                }
                str_format::format_int(&mut out, arg, &spec)?;
            }
            b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                let mut body = StrBuf::new();
                if !str_format::float_hook(&mut body, arg, &spec)? {
                    return Err(unsupported(conv, at));
                }
                let sign = matches!(body.buf.first(), Some(b'+' | b'-' | b' ')) as usize;
                str_format::pad(&mut out, &body.buf, sign, &str_format::zero_fill(&spec, b'='), b'>')?;
            }
            _ => return Err(unsupported(conv, at)),
        }
    }
    if mapping.is_null() && next < items.len() {
        return Err(exc::type_error(msg!("format string didn't convert all arguments")));
    }
    Ok(out)
}

/// A run of decimal digits at `i` (0 when there is none).
fn digits(fmt: &[u8], i: &mut usize) -> usize {
    let mut v: usize = 0;
    while let Some(&c @ b'0'..=b'9') = fmt.get(*i) {
        v = v.saturating_mul(10).saturating_add((c - b'0') as usize);
        *i += 1;
    }
    v
}

/// `ValueError: unsupported format character 'z' (0x7a) at index 1`.
#[cold]
fn unsupported(c: u8, at: usize) -> Exc {
    let mut hex = StrBuf::new();
    let mut idx = StrBuf::new();
    let r = crate::print::print_int_radix(&mut hex, c as i64, 16, "")
        .and_then(|_| crate::print::print_int(&mut idx, at as i64));
    if let Err(e) = r {
        return e;
    }
    let ch = [c];
    let args = [
        crate::obj::unicode::as_utf8(&ch).unwrap_or("?"),
        crate::obj::unicode::as_utf8(&hex.buf).unwrap_or("?"),
        crate::obj::unicode::as_utf8(&idx.buf).unwrap_or("?"),
    ];
    exc::new_msg_fmt(&exc::VALUE_ERROR, msg!("unsupported format character '{}' (0x{}) at index {}"), &args)
}

/// `%s`, `%r`, `%a` (and `%b` for bytes): the text, cut to the precision, padded.
fn text(kind: Kind, out: &mut StrBuf, arg: Obj, spec: &Spec) -> Result<(), Exc> {
    let mut body = StrBuf::new();
    match spec.ty {
        b'r' => super::print(arg, &mut body, PrintKind::Repr)?,
        b'a' => {
            let a = pystr::ascii_of(arg)?;
            body.write(pystr::as_str_bytes(a).unwrap_or(&[]))?;
        }
        // Bytes take a buffer as it is (MicroPython also takes a str's bytes).
        _ if kind == Kind::Bytes && buffer::get(arg).is_some() => body.write(buffer::bytes_of(arg).unwrap_or(&[]))?,
        _ => super::print(arg, &mut body, PrintKind::Str)?,
    }
    let b: &[u8] = &body.buf;
    let b = match spec.precision {
        Some(p) if kind == Kind::Str => &b[..unicode::byte_offset(b, p)],
        Some(p) => &b[..p.min(b.len())],
        None => b,
    };
    let mut s = *spec;
    s.zero = false;
    str_format::pad(out, b, 0, &s, b'>')
}

/// `%c`: an int code (a byte for bytes) or a one-character str (bytes).
fn char_arg(kind: Kind, out: &mut StrBuf, arg: Obj) -> Result<(), Exc> {
    if int::is_int(arg) {
        let v = int::expect_i64(arg)?;
        if kind == Kind::Bytes {
            let b =
                u8::try_from(v).map_err(|_| exc::new_msg(&exc::OVERFLOW_ERROR, msg!("%c arg not in range(256)")))?;
            return out.write(&[b]);
        }
        if !unicode::push_char(&mut out.buf, v)? {
            return Err(str_format::char_range());
        }
        return Ok(());
    }
    let b = match kind {
        Kind::Str => pystr::as_str_bytes(arg).filter(|b| unicode::char_count(b) == 1),
        _ => buffer::bytes_of(arg).filter(|b| b.len() == 1),
    };
    match b {
        Some(b) => out.write(b),
        None if pystr::as_str_bytes(arg).is_some() || buffer::get(arg).is_some() => {
            Err(exc::type_error(msg!("%c needs int or char")))
        }
        None => Err(exc::type_error(msg!("integer needed"))),
    }
}
