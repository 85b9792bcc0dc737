//! Formatting: the format-spec mini-language (`{:>8,d}`, `format(x, spec)`), the padding
//! and integer conversions that `%`-formatting shares (`str_modulo.rs`), and `str.format`
//! (positional, named, indexed, attribute and nested fields).
//!
//! Floats are not formatted here: [`float_hook`] is where the float formatter plugs in.
//! Messages are MicroPython's where it has one (`unknown format code 'x' for object of
//! type 'str'`, `can't switch from manual field specification to automatic field
//! numbering`), CPython's (lowercased) for the checks MicroPython skips.

use super::str_methods::{self, Kind};
use super::{exc, int, str as pystr, unicode, Args, Obj};
use crate::print::{Print, PrintKind, StrBuf};
use exc::Exc;

/// A parsed format spec: `[[fill]align][sign][#][0][width][grouping][.precision][type]`.
/// `%`-formatting fills one in from its flags too.
#[derive(Clone, Copy, Debug)]
pub struct Spec {
    /// The fill character's UTF-8 bytes (`fill_len` of them).
    pub fill: [u8; 4],
    pub fill_len: u8,
    /// `<`, `>`, `^`, `=`, or 0 for the value's default.
    pub align: u8,
    /// `+`, `-`, ` `, or 0.
    pub sign: u8,
    /// `#`: `0x`/`0o`/`0b` prefixes (and the float formatter's alternate form).
    pub alt: bool,
    /// `0` before the width: pad numbers with zeros after the sign.
    pub zero: bool,
    pub width: usize,
    /// `,` or `_` between digit groups, or 0.
    pub grouping: u8,
    pub precision: Option<usize>,
    /// The presentation type (`d`, `x`, `s`, `f`...), or 0.
    pub ty: u8,
    /// The spec named a fill character (a `0` flag then pads with it, not with zeros).
    pub fill_given: bool,
}

impl Spec {
    pub const DEFAULT: Spec = Spec {
        fill: [b' ', 0, 0, 0],
        fill_len: 1,
        align: 0,
        sign: 0,
        alt: false,
        zero: false,
        width: 0,
        grouping: 0,
        precision: None,
        ty: 0,
        fill_given: false,
    };

    fn fill(&self) -> &[u8] {
        &self.fill[..self.fill_len as usize]
    }
}

#[cold]
fn invalid_spec() -> Exc {
    exc::value_error(msg!("invalid format specifier"))
}

/// Parse a format spec (after any nested fields were replaced).
///
/// # Errors
/// `ValueError: invalid format specifier`.
pub fn parse_spec(s: &[u8]) -> Result<Spec, Exc> {
    let mut spec = Spec::DEFAULT;
    let mut i = 0;
    let is_align = |c: Option<&u8>| matches!(c, Some(b'<' | b'>' | b'^' | b'='));
    if !s.is_empty() {
        let n = unicode::char_len_at(s, 0);
        if is_align(s.get(n)) {
            spec.fill[..n].copy_from_slice(&s[..n]);
            spec.fill_len = n as u8;
            spec.fill_given = true;
            spec.align = s[n];
            i = n + 1;
        } else if is_align(s.first()) {
            spec.align = s[0];
            i = 1;
        }
    }
    if let Some(&c @ (b'+' | b'-' | b' ')) = s.get(i) {
        spec.sign = c;
        i += 1;
    }
    if s.get(i) == Some(&b'#') {
        spec.alt = true;
        i += 1;
    }
    if s.get(i) == Some(&b'0') {
        spec.zero = true;
        i += 1;
    }
    let number = |i: &mut usize| -> Result<Option<usize>, Exc> {
        let start = *i;
        let mut v: usize = 0;
        while let Some(&c @ b'0'..=b'9') = s.get(*i) {
            v = v.checked_mul(10).and_then(|v| v.checked_add((c - b'0') as usize)).ok_or_else(invalid_spec)?;
            *i += 1;
        }
        Ok((*i > start).then_some(v))
    };
    spec.width = number(&mut i)?.unwrap_or(0);
    if let Some(&c @ (b',' | b'_')) = s.get(i) {
        spec.grouping = c;
        i += 1;
    }
    if s.get(i) == Some(&b'.') {
        i += 1;
        spec.precision = Some(number(&mut i)?.ok_or_else(invalid_spec)?);
    }
    // MicroPython takes only the presentation types it knows; anything else left over is
    // an invalid spec, not an unknown code (`'{:q}'.format(1)`).
    if let Some(&c) = s.get(i) {
        if super::bytes::has(b"bcdeEfFgGnosxX%", c) {
            spec.ty = c;
            i += 1;
        }
    }
    if i != s.len() {
        return Err(invalid_spec());
    }
    Ok(spec)
}

/// Write `body` padded to `spec.width` (counted in characters): `prefix` bytes of it (a
/// sign, a `0x`) stay in front of the padding for `=` alignment. `align` is the value's
/// default when the spec names none.
///
/// # Errors
/// `MemoryError`.
pub fn pad(out: &mut StrBuf, body: &[u8], prefix: usize, spec: &Spec, align: u8) -> Result<(), Exc> {
    let n = unicode::char_count(body);
    let align = if spec.align != 0 { spec.align } else { align };
    if spec.width <= n {
        return out.write(body);
    }
    let extra = spec.width - n;
    let (left, right) = match align {
        b'<' => (0, extra),
        b'^' => (extra / 2, extra - extra / 2),
        _ => (extra, 0),
    };
    if align == b'=' {
        out.write(&body[..prefix])?;
    }
    for _ in 0..left {
        out.write(spec.fill())?;
    }
    out.write(if align == b'=' { &body[prefix..] } else { body })?;
    for _ in 0..right {
        out.write(spec.fill())?;
    }
    Ok(())
}

/// The digits of an int in `base` (2, 8, 10, 16; `upper` for `X`) into `out`, and whether
/// it is negative.
///
/// # Errors
/// `TypeError` when `o` is not an int, `MemoryError`.
fn int_digits(o: Obj, base: u32, upper: bool, out: &mut StrBuf) -> Result<bool, Exc> {
    if !int::is_int(o) {
        return Err(exc::type_error_fmt(msg!("can't convert {} to int"), &[o.ty().name()]));
    }
    int::print_radix(o, out, base, "")?;
    let neg = out.buf.first() == Some(&b'-');
    if neg {
        out.buf.remove(0);
    }
    if upper {
        out.buf.make_ascii_uppercase();
    }
    Ok(neg)
}

/// Format an int for `{:d}`, `{:x}`, `%5.3d`...: sign, `#` prefix, at least `precision`
/// digits (`%`-formatting's), digit groups, then padding (zeros after the sign with `0`).
///
/// # Errors
/// `TypeError` for a non-int, `MemoryError`.
pub fn format_int(out: &mut StrBuf, o: Obj, spec: &Spec) -> Result<(), Exc> {
    let (base, upper, prefix): (u32, bool, &[u8]) = match spec.ty {
        b'x' => (16, false, b"0x"),
        b'X' => (16, true, b"0X"),
        b'o' => (8, false, b"0o"),
        b'b' => (2, false, b"0b"),
        _ => (10, false, b""),
    };
    let mut buf = StrBuf::new();
    let neg = int_digits(o, base, upper, &mut buf)?;
    let digits: &[u8] = &buf.buf;
    let mut body = StrBuf::new();
    match (neg, spec.sign) {
        (true, _) => body.write(b"-")?,
        (false, b'+') => body.write(b"+")?,
        (false, b' ') => body.write(b" ")?,
        _ => {}
    }
    if spec.alt {
        body.write(prefix)?;
    }
    let head = body.buf.len();
    let padded = zero_fill(spec, b'=');
    let group = if base == 10 { 3 } else { 4 };
    let min = digits.len().max(spec.precision.unwrap_or(0));
    write_grouped(&mut body, digits, min, spec, &padded, group, 0)?;
    pad(out, &body.buf, head, &padded, b'>')
}

/// Write the integer `digits` into `body` (which holds the sign and prefix so far), at
/// least `min` of them, with `spec.grouping` every `group` digits. Zero-padded (`padded`
/// fills with `0` after the sign), as many leading zeros as the width needs go in first,
/// grouped too as CPython does; `tail` bytes will follow (a fraction).
fn write_grouped(
    body: &mut StrBuf,
    digits: &[u8],
    min: usize,
    spec: &Spec,
    padded: &Spec,
    group: usize,
    tail: usize,
) -> Result<(), Exc> {
    let head = body.buf.len();
    let shown = |n: usize| if spec.grouping != 0 { n + (n.max(1) - 1) / group } else { n };
    let mut n = min;
    if padded.fill() == b"0" && padded.align == b'=' && spec.grouping != 0 {
        while head + shown(n) + tail < spec.width {
            n += 1;
        }
    }
    for k in (0..n).rev() {
        let d = if k < digits.len() { digits[digits.len() - 1 - k] } else { b'0' };
        body.write(&[d])?;
        if spec.grouping != 0 && k > 0 && k % group == 0 {
            body.write(&[spec.grouping])?;
        }
    }
    Ok(())
}

/// `spec` with the `0` flag applied: fill with zeros (unless a fill was given), and
/// `align` (`=` for numbers) unless an alignment was given.
pub fn zero_fill(spec: &Spec, align: u8) -> Spec {
    let mut s = *spec;
    if s.zero {
        if !s.fill_given {
            s.fill = [b'0', 0, 0, 0];
            s.fill_len = 1;
        }
        if s.align == 0 {
            s.align = align;
        }
    }
    s
}

/// Floats through format specs and `%e %f %g`: `x` a float, or an int asked for a float
/// type (`'{:.2f}'.format(1)`), or any object under a spec that is neither an int nor a str.
/// Writes `x` per `spec.ty` (`e E f F g G %`, `n`, or none: `repr`'s digits, or `g` that
/// keeps a `.0` with a precision), `spec.precision`, sign, `#` and digit groups, sign first
/// and unpadded (the caller pads; zero padding with groups is regrouped here). The digits
/// come from the float formatter (`float::fmt`). `Ok(false)`: `x` is not a float and the
/// type is not a float type, so the caller reports it.
///
/// # Errors
/// `TypeError` for a non-number asked for a float type, `ValueError` for a type floats do
/// not have (`'{:d}'.format(1.5)`).
#[cfg(not(mp_float = "none"))]
pub fn float_hook(out: &mut StrBuf, x: Obj, spec: &Spec) -> Result<bool, Exc> {
    use super::float::{self, fmt};
    let float_type = matches!(spec.ty, b'e' | b'E' | b'f' | b'F' | b'g' | b'G' | b'%');
    let v = match float::value(x) {
        Some(v) => v,
        None if float_type => float::expect(x)?,
        None => return Ok(false),
    };
    let conv = match spec.ty {
        // No type: repr's shortest digits, or with a precision `g` that keeps a `.0`.
        0 if spec.precision.is_none() => b'r',
        0 | b'n' => b'g',
        c if float_type => c,
        c => return Err(unknown_code(c, x)),
    };
    let prec = spec.precision.unwrap_or(6);
    // Text longer than the heap cannot be made: refuse before writing it a byte at a time.
    // (Single precision writes MicroPython's text, which its buffer keeps short, save `#`.)
    let long_text = cfg!(not(mp_float = "float")) || spec.alt;
    if long_text && prec > crate::gc::root::heap().info().total {
        return Err(exc::memory_error());
    }
    // `%` is `f` of the value times 100 (rounded as a float, as CPython does), then `%`.
    let (v, conv) = if conv == b'%' { (v * 100.0, b'f') } else { (v, conv) };
    let f =
        fmt::Spec { conv, prec: spec.precision, sign: if spec.sign == b'-' { 0 } else { spec.sign }, alt: spec.alt };
    let mut b = fmt::Grow::new();
    fmt::format(v, f, &mut b);
    if spec.ty == 0 && v.is_finite() {
        b = no_type(v, f, b);
    }
    if spec.ty == b'%' {
        fmt::Out::push(&mut b, b'%');
    }
    b.finish()?;
    let text = b.as_bytes();
    if spec.grouping == 0 || !v.is_finite() {
        out.write(text)?;
        return Ok(true);
    }
    // `,`/`_` between the thousands of the integer part (the formatter's text has none),
    // with zero padding to the width made of grouped zeros as for ints.
    let sign = matches!(text.first(), Some(b'+' | b'-' | b' ')) as usize;
    let end = sign + text[sign..].iter().position(|c| !c.is_ascii_digit()).unwrap_or(text.len() - sign);
    out.write(&text[..sign])?;
    write_grouped(out, &text[sign..end], end - sign, spec, &zero_fill(spec, b'='), 3, text.len() - end)?;
    out.write(&text[end..])?;
    Ok(true)
}

/// A spec with a precision and no type is `g` with at least one digit after the point
/// (CPython's `Py_DTSF_ADD_DOT_0`): the exponent form is used from `p - 1` (not `p`) up, and
/// an integer result gets `.0`. Without a precision it is `repr`, and `#` keeps a point in
/// the exponent form. `b` holds the text of `v` for `f` (`g` or `repr`).
#[cfg(not(mp_float = "none"))]
fn no_type(v: super::float::Float, f: super::float::fmt::Spec, b: super::float::fmt::Grow) -> super::float::fmt::Grow {
    use super::float::fmt::{self, Out};
    let text = b.as_bytes();
    let at = |t: &[u8]| t.iter().position(|&c| c == b'e').unwrap_or(t.len());
    if f.prec.is_none() {
        let e = at(text);
        if f.alt && e < text.len() && !super::bytes::has(text, b'.') {
            let mut r = fmt::Grow::new();
            r.push_all(&text[..e]);
            r.push(b'.');
            r.push_all(&text[e..]);
            return r;
        }
        return b;
    }
    let p = f.prec.unwrap_or(6).max(1);
    let mut e = fmt::Grow::new();
    fmt::format(v, fmt::Spec { conv: b'e', prec: Some(p - 1), ..f }, &mut e);
    if e.finish().is_err() {
        return e;
    }
    let t = e.as_bytes();
    let x = at(t);
    let exp = t.get(x + 1..).map_or(0, |d| {
        let n = d[1..].iter().fold(0i32, |n, c| n * 10 + (c - b'0') as i32);
        if d[0] == b'-' {
            -n
        } else {
            n
        }
    });
    if exp < -4 || exp >= p as i32 - 1 {
        let mut keep = x;
        if !f.alt && super::bytes::has(&t[..x], b'.') {
            while t[keep - 1] == b'0' {
                keep -= 1;
            }
            if t[keep - 1] == b'.' {
                keep -= 1;
            }
        }
        let mut r = fmt::Grow::new();
        r.push_all(&t[..keep]);
        r.push_all(&t[x..]);
        return r;
    }
    let mut b = b;
    if !super::bytes::has(b.as_bytes(), b'.') {
        b.push_all(b".0");
    }
    b
}

/// Without floats, nothing is a float and `e f g %` are unknown format codes.
#[cfg(mp_float = "none")]
pub fn float_hook(_out: &mut StrBuf, _x: Obj, _spec: &Spec) -> Result<bool, Exc> {
    Ok(false)
}

/// `OverflowError: char not in range(0x110000)` (`'%c' % v`, `'{:c}'.format(v)`).
#[cold]
pub fn char_range() -> Exc {
    let msg = if cfg!(mp_feature = "str_unicode") {
        msg!("char not in range(0x110000)")
    } else {
        msg!("char not in range(256)")
    };
    exc::new_msg(&exc::OVERFLOW_ERROR, msg)
}

/// `ValueError: unknown format code 'x' for object of type 'str'`.
#[cold]
fn unknown_code(ty: u8, o: Obj) -> Exc {
    let c = [ty];
    let c = crate::obj::unicode::as_utf8(&c).unwrap_or("?");
    exc::new_msg_fmt(&exc::VALUE_ERROR, msg!("unknown format code '{}' for object of type '{}'"), &[c, o.ty().name()])
}

/// Write `format(o, spec)`, with MicroPython's checks in its order: the spec, a sign with
/// `s` or `c`, then by the value: an int, a str, a float, or anything else (which only
/// takes `s` or no type, and must be a str then: `can't convert 'X' object to str
/// implicitly`). A class with its own `__format__` formats itself (`format_dunder`).
///
/// # Errors
/// `ValueError` for a bad spec or one that does not suit the value, `TypeError` for a
/// spec given with an object that has no format of its own, what printing raises.
pub fn format_value(out: &mut StrBuf, o: Obj, spec: &[u8]) -> Result<(), Exc> {
    #[cfg(mp_feature = "format_dunder")]
    if let Some(r) = user_format(o, spec)? {
        return out.write(pystr::as_str_bytes(r).unwrap_or_default());
    }
    if spec.is_empty() {
        return super::print(o, out, PrintKind::Str);
    }
    let s = parse_spec(spec)?;
    match (s.sign, s.ty) {
        (0, _) => {}
        (_, b's') => return Err(exc::value_error(msg!("sign not allowed in string format specifier"))),
        (_, b'c') => return Err(exc::value_error(msg!("sign not allowed with integer format specifier 'c'"))),
        _ => {}
    }
    if int::is_int(o) {
        return match s.ty {
            0 | b'd' | b'n' | b'b' | b'o' | b'x' | b'X' => {
                if s.precision.is_some() {
                    return Err(exc::value_error(msg!("precision not allowed in integer format specifier")));
                }
                if (s.grouping == b',' && !matches!(s.ty, 0 | b'd')) || (s.grouping != 0 && s.ty == b'n') {
                    return Err(cannot_group(s.grouping, s.ty));
                }
                format_int(out, o, &s)
            }
            b'c' => {
                let mut body = StrBuf::new();
                if !unicode::push_char(&mut body.buf, int::expect_i64(o)?)? {
                    return Err(char_range());
                }
                pad(out, &body.buf, 0, &s, b'<')
            }
            _ => {
                let mut body = StrBuf::new();
                if !float_hook(&mut body, o, &s)? {
                    return Err(unknown_code(s.ty, o));
                }
                pad(out, &body.buf, sign_len(&body.buf), &zero_fill(&s, b'='), b'>')
            }
        };
    }
    #[cfg(not(mp_float = "none"))]
    if super::float::value(o).is_some() {
        let mut body = StrBuf::new();
        float_hook(&mut body, o, &s)?;
        return pad(out, &body.buf, sign_len(&body.buf), &zero_fill(&s, b'='), b'>');
    }
    // Not a number.
    if s.align == b'=' {
        return Err(exc::value_error(msg!("'=' alignment not allowed in string format specifier")));
    }
    if !matches!(s.ty, 0 | b's') {
        return Err(unknown_code(s.ty, o));
    }
    // MicroPython takes a bytes object's data as text here (`'{:>3}'.format(b'a')`).
    let b = pystr::as_str_bytes(o)
        .or_else(|| super::bytes::as_bytes(o))
        .ok_or_else(|| str_methods::cant_convert(o, "str"))?;
    if s.sign != 0 {
        return Err(exc::value_error(msg!("sign not allowed in string format specifier")));
    }
    if s.grouping != 0 {
        return Err(cannot_group(s.grouping, b's'));
    }
    let b = match s.precision {
        Some(p) => &b[..unicode::byte_offset(b, p)],
        None => b,
    };
    pad(out, b, 0, &zero_fill(&s, b'<'), b'<')
}

/// `type(o).__format__(o, spec)` when `o`'s class defines one (CPython's protocol; no
/// MicroPython level calls it). `None`: a built-in type or a class without one.
///
/// # Errors
/// What the method raises; `TypeError` when it returns a non-str.
#[cfg(mp_feature = "format_dunder")]
fn user_format(o: Obj, spec: &[u8]) -> Result<Option<Obj>, Exc> {
    if super::class::as_class(o.ty()).is_none() {
        return Ok(None);
    }
    let Some(f) = super::class::type_lookup(o.ty(), qstr!("__format__")) else { return Ok(None) };
    let r = super::call_method(f, o, Args::pos(&[pystr::from_bytes(spec)?]))?;
    if pystr::as_str_bytes(r).is_none() {
        return Err(exc::type_error_fmt(msg!("__format__ must return a str, not {}"), &[r.ty().name()]));
    }
    Ok(Some(r))
}

/// `ValueError: cannot specify ',' with 'x'`.
#[cold]
fn cannot_group(grouping: u8, ty: u8) -> Exc {
    let (g, c) = ([grouping], [ty]);
    let g = crate::obj::unicode::as_utf8(&g).unwrap_or("?");
    let c = crate::obj::unicode::as_utf8(&c).unwrap_or("?");
    exc::new_msg_fmt(&exc::VALUE_ERROR, msg!("cannot specify '{}' with '{}'"), &[g, c])
}

/// Length of the sign at the start of a formatted number.
fn sign_len(b: &[u8]) -> usize {
    matches!(b.first(), Some(b'+' | b'-' | b' ')) as usize
}

// ---------------------------------------------------------------------------------------
// str.format

/// How `{}` fields are numbered: not yet known, automatically (the next index), or by hand.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Unknown,
    Auto(usize),
    Manual,
}

struct Formatter<'a> {
    pos: &'a [Obj],
    kw: Args<'a>,
    numbering: Numbering,
}

/// `str.format(*args, **kwargs)`, and MicroPython's `bytes.format`, `bytearray.format`
/// (the result is of the receiver's type).
///
/// # Errors
/// `ValueError` for a malformed format, `IndexError`/`KeyError` for a missing argument,
/// and whatever reading an argument's attributes, items or text raises.
pub fn format_method(args: Args<'_>) -> Result<Obj, Exc> {
    let Some((&this, pos)) = args.pos.split_first() else { return Err(exc::arg_count(1, 0)) };
    let (kind, fmt) = str_methods::this(this)?;
    // A bytearray may change while the arguments print: format a copy.
    let copy;
    let fmt = if kind == Kind::ByteArray {
        copy = crate::gc::GcVec::from_slice(fmt)?;
        &copy[..]
    } else {
        fmt
    };
    let mut f = Formatter { pos, kw: args, numbering: Numbering::Unknown };
    let mut out = StrBuf::new();
    f.run(&mut out, fmt, 0)?;
    str_methods::new_from_vec(kind, out.buf)
}

impl Formatter<'_> {
    /// Format `fmt` into `out`; `depth` 1 is a spec being expanded (whose fields may not
    /// nest again).
    fn run(&mut self, out: &mut StrBuf, fmt: &[u8], depth: u8) -> Result<(), Exc> {
        let mut i = 0;
        let mut lit = 0;
        while i < fmt.len() {
            match fmt[i] {
                b'{' if fmt.get(i + 1) == Some(&b'{') => {
                    out.write(&fmt[lit..=i])?;
                    i += 2;
                    lit = i;
                }
                b'}' if fmt.get(i + 1) == Some(&b'}') => {
                    out.write(&fmt[lit..=i])?;
                    i += 2;
                    lit = i;
                }
                b'}' => return Err(exc::value_error(msg!("single '}' encountered in format string"))),
                b'{' => {
                    out.write(&fmt[lit..i])?;
                    let end = field_end(fmt, i + 1)?;
                    self.field(out, &fmt[i + 1..end], depth)?;
                    i = end + 1;
                    lit = i;
                }
                _ => i += 1,
            }
        }
        out.write(&fmt[lit..])
    }

    /// One replacement field (between the braces): `name[.attr|[key]]*[!conv][:spec]`.
    fn field(&mut self, out: &mut StrBuf, f: &[u8], depth: u8) -> Result<(), Exc> {
        // The name runs to the first `!` or `:` outside brackets.
        let mut i = 0;
        let mut bracket = false;
        while i < f.len() {
            match f[i] {
                b'[' => bracket = true,
                b']' => bracket = false,
                b'!' | b':' if !bracket => break,
                _ => {}
            }
            i += 1;
        }
        let name = &f[..i];
        let mut conv = 0;
        if f.get(i) == Some(&b'!') {
            conv = f.get(i + 1).copied().unwrap_or(b'}');
            i += 2;
            if i < f.len() && f[i] != b':' {
                return Err(exc::value_error(msg!("expected ':' after format specifier")));
            }
        }
        let spec = f.get(i + 1..).unwrap_or(&[]);
        let mut v = self.lookup(name)?;
        match conv {
            0 => {}
            b'r' => v = pystr::to_str(v, PrintKind::Repr)?,
            b's' => v = pystr::to_str(v, PrintKind::Str)?,
            b'a' => v = pystr::ascii_of(v)?,
            c => {
                let c = [c];
                let c = crate::obj::unicode::as_utf8(&c).unwrap_or("?");
                return Err(exc::new_msg_fmt(&exc::VALUE_ERROR, msg!("unknown conversion specifier {}"), &[c]));
            }
        }
        if super::bytes::has(spec, b'{') {
            // One level of nesting: a field inside a spec has a plain spec.
            if depth > 0 {
                return Err(invalid_spec());
            }
            let mut expanded = StrBuf::new();
            self.run(&mut expanded, spec, 1)?;
            return format_value(out, v, &expanded.buf);
        }
        format_value(out, v, spec)
    }

    /// The value a field name refers to: an argument, then attributes and items.
    fn lookup(&mut self, name: &[u8]) -> Result<Obj, Exc> {
        let first = name.iter().position(|&c| c == b'.' || c == b'[').unwrap_or(name.len());
        let (head, mut rest) = name.split_at(first);
        let mut v = if head.is_empty() {
            let n = match self.numbering {
                Numbering::Manual => {
                    return Err(exc::value_error(msg!(
                        "can't switch from manual field specification to automatic field numbering"
                    )))
                }
                Numbering::Unknown => 0,
                Numbering::Auto(n) => n,
            };
            self.numbering = Numbering::Auto(n + 1);
            self.positional(n)?
        } else if let Some(n) = decimal(head) {
            if let Numbering::Auto(_) = self.numbering {
                return Err(exc::value_error(msg!(
                    "can't switch from automatic field numbering to manual field specification"
                )));
            }
            self.numbering = Numbering::Manual;
            self.positional(n)?
        } else {
            let key = text(head)?;
            let found = self.kw.kw_pairs().find(|&(k, _)| pystr::as_str_bytes(k) == Some(head)).map(|(_, v)| v);
            found.ok_or_else(|| exc::new(&exc::KEY_ERROR, &[key]))?
        };
        while let Some((&c, tail)) = rest.split_first() {
            if c == b'.' {
                let end = tail.iter().position(|&c| c == b'.' || c == b'[').unwrap_or(tail.len());
                let attr = crate::obj::unicode::as_utf8(&tail[..end]).ok_or_else(invalid_spec)?;
                if attr.is_empty() {
                    return Err(exc::value_error(msg!("empty attribute in format string")));
                }
                v = super::load_attr(v, crate::qstr::intern(attr)?)?;
                rest = &tail[end..];
            } else {
                let end = tail
                    .iter()
                    .position(|&c| c == b']')
                    .ok_or_else(|| exc::value_error(msg!("missing ']' in format string")))?;
                let key = &tail[..end];
                let k = match decimal(key) {
                    Some(n) => int::from_i64(n as i64)?,
                    None => text(key)?,
                };
                v = super::subscr(v, k, Obj::NULL)?;
                rest = &tail[end + 1..];
                if !matches!(rest.first(), None | Some(b'.' | b'[')) {
                    return Err(exc::value_error(msg!("only '.' or '[' may follow ']' in format field specifier")));
                }
            }
        }
        Ok(v)
    }

    fn positional(&self, n: usize) -> Result<Obj, Exc> {
        self.pos.get(n).copied().ok_or_else(|| exc::index_error(msg!("tuple index out of range")))
    }
}

/// Where the field that starts at `start` ends (its closing `}`; nested `{}` in the spec
/// are skipped).
fn field_end(fmt: &[u8], start: usize) -> Result<usize, Exc> {
    let mut depth = 0;
    let mut bracket = false;
    for (i, &c) in fmt.iter().enumerate().skip(start) {
        match c {
            b'[' if depth == 0 => bracket = true,
            b']' if depth == 0 => bracket = false,
            b'{' if !bracket => depth += 1,
            b'}' if !bracket && depth == 0 => return Ok(i),
            b'}' if !bracket => depth -= 1,
            _ => {}
        }
    }
    Err(exc::value_error(msg!("unmatched '{' in format")))
}

/// A field name or key made of decimal digits.
fn decimal(s: &[u8]) -> Option<usize> {
    if s.is_empty() || !s.iter().all(u8::is_ascii_digit) {
        return None;
    }
    s.iter().try_fold(0usize, |v, &c| v.checked_mul(10)?.checked_add((c - b'0') as usize))
}

fn text(s: &[u8]) -> Result<Obj, Exc> {
    pystr::from_bytes(s)
}
