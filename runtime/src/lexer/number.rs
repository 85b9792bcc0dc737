//! Number literals: scanning them (for the lexer) and converting an integer literal's
//! text to its value (for the parser).

use super::{Kind, LexError, LexErrorKind, Lexer};

fn is_digit(c: u8, base: u32) -> bool {
    match base {
        2 => matches!(c, b'0' | b'1'),
        8 => matches!(c, b'0'..=b'7'),
        16 => c.is_ascii_hexdigit(),
        _ => c.is_ascii_digit(),
    }
}

/// Consume digits of `base` with single underscores between them (or right after a
/// `0x`-style prefix when `after_prefix`); returns how many digits.
fn digits(lx: &mut Lexer<'_>, base: u32, after_prefix: bool) -> Result<usize, LexError> {
    let mut n = 0;
    loop {
        let c = lx.peek(0);
        if is_digit(c, base) {
            n += 1;
            lx.pos += 1;
        } else if c == b'_' && (n > 0 || after_prefix) {
            if !is_digit(lx.peek(1), base) {
                return Err(lx.error(LexErrorKind::BadNumber));
            }
            lx.pos += 1;
        } else {
            return Ok(n);
        }
    }
}

/// Scan a number literal starting at a digit, or at a `.` followed by a digit.
pub(super) fn scan(lx: &mut Lexer<'_>) -> Result<Kind, LexError> {
    if lx.peek(0) == b'0' {
        let base = match lx.peek(1) | 0x20 {
            b'x' => 16,
            b'o' => 8,
            b'b' => 2,
            _ => 0,
        };
        if base != 0 {
            lx.pos += 2;
            if digits(lx, base, true)? == 0 {
                return Err(lx.error(LexErrorKind::BadNumber));
            }
            return Ok(Kind::Int);
        }
    }
    let start = lx.pos;
    let mut float = false;
    digits(lx, 10, false)?;
    if lx.peek(0) == b'.' {
        float = true;
        lx.pos += 1;
        digits(lx, 10, false)?;
    }
    if lx.peek(0) | 0x20 == b'e' {
        let sign = usize::from(matches!(lx.peek(1), b'+' | b'-'));
        if lx.peek(1 + sign).is_ascii_digit() {
            float = true;
            lx.pos += 1 + sign;
            digits(lx, 10, false)?;
        }
    }
    if lx.peek(0) | 0x20 == b'j' {
        float = true;
        lx.pos += 1;
    }
    if !float {
        // `0` may be written `00` or `0_0`, but other decimals don't start with 0.
        let text = lx.src.get(start..lx.pos).unwrap_or(&[]);
        if text.first() == Some(&b'0') && text.iter().any(|&c| c != b'0' && c != b'_') {
            return Err(lx.error(LexErrorKind::BadNumber));
        }
    }
    Ok(if float { Kind::Float } else { Kind::Int })
}

/// The value of an integer literal's text (as scanned by the lexer), or `None` when it
/// does not fit in a `u64` (or is not an integer literal).
pub fn parse_int(text: &[u8]) -> Option<u64> {
    let (base, digits) = match text {
        [b'0', p, rest @ ..] if *p | 0x20 == b'x' => (16, rest),
        [b'0', p, rest @ ..] if *p | 0x20 == b'o' => (8, rest),
        [b'0', p, rest @ ..] if *p | 0x20 == b'b' => (2, rest),
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

/// The value of a float or imaginary literal's text (`1.5`, `1e3`, `2j`); `None` when the
/// board has no floats (or no complex, for an imaginary literal).
///
/// # Errors
/// `MemoryError`.
pub fn float_literal(text: &[u8]) -> Result<Option<crate::obj::Obj>, crate::obj::exc::Exc> {
    #[cfg(not(mp_float = "none"))]
    {
        use crate::obj::float;
        let (imag, digits) = match text.split_last() {
            Some((c, rest)) if *c | 0x20 == b'j' => (true, rest),
            _ => (false, text),
        };
        let v = float::parse::parse_decimal(digits).unwrap_or(0.0);
        if !imag {
            return float::new(v).map(Some);
        }
        #[cfg(mp_feature = "complex")]
        return crate::obj::complex::new(0.0, v).map(Some);
    }
    #[allow(unreachable_code)]
    {
        let _ = text;
        Ok(None)
    }
}
