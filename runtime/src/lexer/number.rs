//! Number literals: scanning them (for the lexer) and converting their text to a value
//! (for the parser).

use super::{Kind, Lexer};
use crate::gc::GcVec;
use crate::obj::exc::{self, Exc};
use crate::obj::{int, Obj};

/// Scan a number literal starting at a digit, or at a `.` followed by a digit, as
/// MicroPython's lexer does: it takes every letter, digit, `.` and `_` that follows (and
/// a sign right after an exponent's `e`), so `0x`, `08` and `12abc` are one token whose
/// conversion fails in the parser with MicroPython's message (`invalid syntax for integer
/// with base 16: ''`). A `.`, `j` or exponent makes it a float (or imaginary) literal,
/// except that after `0x`, `0o` or `0b` an `e` is a digit.
pub(super) fn scan(lx: &mut Lexer<'_>) -> Kind {
    let prefixed = lx.peek(0) == b'0' && matches!(lx.peek(1) | 0x20, b'x' | b'o' | b'b');
    let mut float = lx.peek(0) == b'.';
    lx.pos += 1;
    loop {
        let c = lx.peek(0);
        if !prefixed && c | 0x20 == b'e' {
            float = true;
            lx.pos += 1;
            if matches!(lx.peek(0), b'+' | b'-') {
                lx.pos += 1;
            }
        } else if c.is_ascii_alphanumeric() || c == b'.' || c == b'_' {
            float |= c == b'.' || c | 0x20 == b'j';
            lx.pos += 1;
        } else {
            return if float { Kind::Float } else { Kind::Int };
        }
    }
}

/// The value of a plain integer literal's text: decimal without a leading zero (but `0`,
/// `00`), or `0x`/`0o`/`0b` digits, with `_` anywhere; `None` for anything else (a
/// malformed literal, or one past a `u64`), which [`value`] then reports.
pub fn parse_int(text: &[u8]) -> Option<u64> {
    let (base, digits) = match text {
        [b'0', p, rest @ ..] if *p | 0x20 == b'x' => (16, rest),
        [b'0', p, rest @ ..] if *p | 0x20 == b'o' => (8, rest),
        [b'0', p, rest @ ..] if *p | 0x20 == b'b' => (2, rest),
        [b'0', rest @ ..] if rest.iter().any(|&c| c != b'0' && c != b'_') => return None,
        _ => (10, text),
    };
    let mut v: u64 = 0;
    let mut any = false;
    for &c in digits {
        if c == b'_' {
            continue;
        }
        let d = (c as char).to_digit(base)?;
        v = v.checked_mul(u64::from(base))?.checked_add(u64::from(d))?;
        any = true;
    }
    any.then_some(v)
}

/// The value of a number literal (`kind` `Int` or `Float`, as [`scan`] classed it).
///
/// # Errors
/// A `ValueError` with MicroPython's message when the text is no number (`invalid syntax
/// for integer with base 16: ''`, `invalid syntax for number`, `decimal numbers not
/// supported` without floats, `complex values not supported` without complex): the parser
/// raises it as a `SyntaxError`. `OverflowError` for an int literal past 64 bits without
/// long ints, `MemoryError`.
pub fn value(kind: Kind, text: &[u8]) -> Result<Obj, Exc> {
    if kind == Kind::Int {
        if let Some(v) = parse_int(text).and_then(|v| i64::try_from(v).ok()) {
            return int::from_i64(v);
        }
        // The slow path: a malformed or long literal. MicroPython's lexer drops the `_`s
        // before converting, so its message shows `'07'` for `0_7`.
        let digits = without_underscores(text)?;
        let s = crate::obj::unicode::as_utf8(&digits).unwrap_or("");
        return int::parse(s, 0).map_err(|e| {
            if e.is(&exc::OVERFLOW_ERROR) {
                exc::new_msg(&exc::OVERFLOW_ERROR, msg!("long int not supported in this build"))
            } else {
                e
            }
        });
    }
    float_literal(text)
}

/// `text` without its `_`s.
fn without_underscores(text: &[u8]) -> Result<GcVec<u8>, Exc> {
    let mut v = GcVec::with_capacity(text.len())?;
    for &c in text.iter().filter(|&&c| c != b'_') {
        v.push(c)?;
    }
    Ok(v)
}

#[cfg(mp_float = "none")]
fn float_literal(_text: &[u8]) -> Result<Obj, Exc> {
    Err(exc::value_error(msg!("decimal numbers not supported")))
}

/// A float or imaginary literal (`1.5`, `1e3`, `2j`, `1_0.5`).
#[cfg(not(mp_float = "none"))]
fn float_literal(text: &[u8]) -> Result<Obj, Exc> {
    use crate::obj::float;
    let (imag, digits) = match text.split_last() {
        Some((c, rest)) if *c | 0x20 == b'j' => (true, rest),
        _ => (false, text),
    };
    let v = if crate::obj::bytes::has(digits, b'_') {
        float::parse::parse_decimal(&without_underscores(digits)?)
    } else {
        float::parse::parse_decimal(digits)
    };
    let Some(v) = v else { return Err(exc::value_error(msg!("invalid syntax for number"))) };
    if !imag {
        return float::new(v);
    }
    #[cfg(mp_feature = "complex")]
    return crate::obj::complex::new(0.0, v);
    #[cfg(not(mp_feature = "complex"))]
    Err(exc::value_error(msg!("complex values not supported")))
}
