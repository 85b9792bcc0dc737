//! String literal decoding: a literal token's text (prefix, quotes, body) → its value.
//!
//! The lexer only finds where a literal ends; the parser calls [`decode`] for each
//! literal of an adjacent run (`'a' "b"`), appending to one buffer. Escapes follow
//! Python 3: `\n \t \r \\ \' \" \a \b \f \v`, octal `\ooo`, `\xhh`, and in str literals
//! `\uXXXX` / `\UXXXXXXXX`; an unknown escape keeps its backslash; line breaks in the
//! body (`\r\n`, `\r`) read as `\n`, and a backslash before one joins the lines.

use crate::gc::GcVec;
use crate::obj::exc::Exc;

/// Why a literal could not be decoded.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DecodeError {
    /// A malformed `\x`, `\u`, `\U` or octal escape.
    BadEscape,
    /// A non-ASCII character in a bytes literal.
    NonAsciiBytes,
    /// `\N{...}`.
    NameEscape,
    /// The output buffer could not grow.
    Memory(Exc),
}

impl From<Exc> for DecodeError {
    fn from(e: Exc) -> Self {
        DecodeError::Memory(e)
    }
}

/// The parts of a literal's text.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Literal<'a> {
    pub raw: bool,
    pub bytes: bool,
    /// Between the quotes.
    pub body: &'a [u8],
}

/// Split a literal's text (as the lexer scanned it) into prefix flags and body.
pub fn split(text: &[u8]) -> Literal<'_> {
    let prefix = text.iter().position(|&c| c == b'\'' || c == b'"').unwrap_or(text.len());
    let (mut raw, mut bytes) = (false, false);
    for &c in text.get(..prefix).unwrap_or(&[]) {
        match c | 0x20 {
            b'r' => raw = true,
            b'b' => bytes = true,
            _ => {}
        }
    }
    let rest = text.get(prefix..).unwrap_or(&[]);
    let q = rest.first().copied().unwrap_or(b'\'');
    let quote = if rest.len() >= 6 && rest.get(1) == Some(&q) && rest.get(2) == Some(&q) { 3 } else { 1 };
    let body = rest.get(quote..rest.len().saturating_sub(quote)).unwrap_or(&[]);
    Literal { raw, bytes, body }
}

fn hex_value(digits: &[u8]) -> Option<u32> {
    let mut v: u32 = 0;
    for &d in digits {
        v = v.checked_mul(16)?.checked_add((d as char).to_digit(16)?)?;
    }
    Some(v)
}

/// Append the code point `v`: UTF-8 in a str, one byte in a bytes literal.
fn push_code(out: &mut GcVec<u8>, v: u32, bytes: bool) -> Result<(), DecodeError> {
    if bytes {
        let b = u8::try_from(v).map_err(|_| DecodeError::BadEscape)?;
        return Ok(out.push(b)?);
    }
    if v > 0x10_ffff {
        return Err(DecodeError::BadEscape);
    }
    // A surrogate (`'\ud800'`) is a one-character str, as `chr(0xd800)` and MicroPython.
    let mut buf = [0u8; 4];
    Ok(out.extend_from_slice(crate::obj::unicode::encode(v, &mut buf))?)
}

/// Append the value of `lit` to `out`.
///
/// # Errors
/// A [`DecodeError`]; `out` then holds a partial value.
pub fn decode(lit: Literal<'_>, out: &mut GcVec<u8>) -> Result<(), DecodeError> {
    let b = lit.body;
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while i < b.len() {
        let c = at(i);
        if c == b'\r' {
            out.push(b'\n')?;
            i += if at(i + 1) == b'\n' { 2 } else { 1 };
            continue;
        }
        if c != b'\\' || lit.raw {
            if lit.bytes && c >= 0x80 {
                return Err(DecodeError::NonAsciiBytes);
            }
            out.push(c)?;
            i += 1;
            continue;
        }
        let e = at(i + 1);
        i += 2;
        let simple = match e {
            b'\n' => continue,
            b'\r' => {
                if at(i) == b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\\' => b'\\',
            b'\'' => b'\'',
            b'"' => b'"',
            b'a' => 7,
            b'b' => 8,
            b'f' => 12,
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'v' => 11,
            b'0'..=b'7' => {
                let mut v = u32::from(e - b'0');
                let mut n = 1;
                while n < 3 && matches!(at(i), b'0'..=b'7') {
                    v = v * 8 + u32::from(at(i) - b'0');
                    i += 1;
                    n += 1;
                }
                push_code(out, v, lit.bytes)?;
                continue;
            }
            b'x' | b'u' | b'U' if e == b'x' || !lit.bytes => {
                let n = match e {
                    b'x' => 2,
                    b'u' => 4,
                    _ => 8,
                };
                let digits = b.get(i..i + n).ok_or(DecodeError::BadEscape)?;
                let v = hex_value(digits).ok_or(DecodeError::BadEscape)?;
                i += n;
                push_code(out, v, lit.bytes)?;
                continue;
            }
            b'N' => return Err(DecodeError::NameEscape),
            _ => {
                if lit.bytes && e >= 0x80 {
                    return Err(DecodeError::NonAsciiBytes);
                }
                out.push(b'\\')?;
                if i - 1 < b.len() {
                    out.push(e)?;
                } else {
                    i -= 1;
                }
                continue;
            }
        };
        out.push(simple)?;
    }
    Ok(())
}
