//! The float parser: decimal text to the nearest float (round half to even), exactly, by
//! big-integer division; `float(s)`'s syntax (`inf`, `nan`, signs, `_` between digits). At
//! single precision the value is MicroPython's (`mp32::parse`), not correctly rounded.

use super::big::{Big, WORDS};
use super::{compose, Float};

/// Significant digits kept: more than any halfway point between two floats has, so a
/// longer input is cut with a sticky digit and still rounds correctly.
const MAX_DIGITS: usize = if Float::MANTISSA_DIGITS > 24 { 780 } else { 120 };
/// Decimal exponents past which the value is surely infinite or zero.
const MAX_EXP10: i32 = if Float::MANTISSA_DIGITS > 24 { 310 } else { 40 };
const MIN_EXP10: i32 = if Float::MANTISSA_DIGITS > 24 { -326 } else { -47 };

const _: () = assert!(WORDS * 32 > 66 + 64 + (MAX_DIGITS as i32 - MIN_EXP10) as usize * 10 / 3);

/// `D × 10**e10` to the nearest float, where `D` is the decimal integer `digits` (ASCII,
/// any count, leading zeros allowed).
pub fn to_float(digits: &[u8], mut e10: i32) -> Float {
    let digits = &digits[digits.iter().position(|&c| c != b'0').unwrap_or(digits.len())..];
    if digits.is_empty() {
        return 0.0;
    }
    let mut n = digits.len();
    let mut sticky = false;
    if n > MAX_DIGITS {
        sticky = digits[MAX_DIGITS..].iter().any(|&c| c != b'0');
        e10 = e10.saturating_add((n - MAX_DIGITS) as i32);
        n = MAX_DIGITS;
    }
    let top = e10.saturating_add(n as i32);
    if top > MAX_EXP10 {
        return Float::INFINITY;
    }
    if top < MIN_EXP10 {
        return 0.0;
    }
    let mut num = Big::from_u64(0);
    for &c in &digits[..n] {
        num.mul_add_small(10, u32::from(c - b'0'));
    }
    if sticky {
        num.mul_add_small(10, 1);
        e10 -= 1;
    }
    let mut den = Big::from_u64(1);
    if e10 >= 0 {
        num.mul_pow10(e10 as u32);
    } else {
        den.mul_pow10(e10.unsigned_abs());
    }
    // Scale so that the quotient has 64 or 65 bits: value = q × 2**-s (+ remainder).
    let s = 64 - (num.bit_len() as i32 - den.bit_len() as i32);
    if s >= 0 {
        num.shl(s as u32);
    } else {
        den.shl(s.unsigned_abs());
    }
    let q = num.div_small_quotient(&den);
    // 64 or 65 bits: the 65th goes into the sticky bit.
    let (q, s, lost) = if (q >> 64) != 0 { (q >> 1, s - 1, q & 1 != 0) } else { (q, s, false) };
    round_bits(q as u64, -s, !num.is_zero() || lost)
}

/// The float nearest `q × 2**e` (`q` nonzero), `inexact` meaning a little more than that.
/// In 64-bit arithmetic (two registers on the MCU): callers with a wider quotient keep
/// its top 64 bits and fold the rest into `inexact` (`top64` in the long ints).
pub fn round_bits(q: u64, e: i32, inexact: bool) -> Float {
    let p = Float::MANTISSA_DIGITS as i32;
    let bits = 64 - q.leading_zeros() as i32;
    // The exponent of the result's lowest mantissa bit, at least the subnormal one.
    let lsb = (e + bits - p).max(super::MIN_LSB_EXP);
    let drop = lsb - e;
    let (mut m, half, rest) = if drop <= 0 {
        (q << (-drop) as u32, false, inexact)
    } else if drop > 64 {
        // Below half the smallest subnormal.
        (0, false, true)
    } else {
        let m = q.checked_shr(drop as u32).unwrap_or(0);
        let half = (q >> (drop - 1) as u32) & 1 == 1;
        let rest = (q & ((1u64 << (drop - 1) as u32) - 1)) != 0 || inexact;
        (m, half, rest)
    };
    if half && (rest || m & 1 == 1) {
        m += 1;
    }
    compose(m, lsb)
}

/// `float(s)`'s syntax: spaces, a sign, then `inf`, `infinity`, `nan` (any case) or a
/// decimal number with `_` between digits. `None` when malformed.
pub fn parse(s: &[u8]) -> Option<Float> {
    let s = s.trim_ascii();
    let (neg, s) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let v = if s.eq_ignore_ascii_case(b"inf") || s.eq_ignore_ascii_case(b"infinity") {
        Float::INFINITY
    } else if s.eq_ignore_ascii_case(b"nan") {
        Float::NAN
    } else {
        parse_decimal(s)?
    };
    Some(if neg { -v } else { v })
}

/// A decimal literal: `12`, `1.5`, `.5`, `5.`, `1e-3`, `1_000.0` (no sign). At single
/// precision only the syntax is checked here and the value is MicroPython's (`mp32`), so the
/// digits gathered for the exact conversion go unused there.
#[cfg_attr(mp_float = "float", allow(unused_variables, unused_assignments))]
pub fn parse_decimal(s: &[u8]) -> Option<Float> {
    let mut digits = [0u8; MAX_DIGITS + 1];
    let mut nd = 0;
    let mut dropped_nonzero = false;
    let mut e10: i32 = 0;
    let mut i = 0;
    let mut any = false;
    let mut seen_point = false;
    let mut prev_digit = false;
    while i < s.len() {
        let c = s[i];
        if c.is_ascii_digit() {
            any = true;
            prev_digit = true;
            if nd == 0 && c == b'0' {
                // leading zero: no digit kept
            } else if nd < MAX_DIGITS {
                digits[nd] = c;
                nd += 1;
            } else {
                dropped_nonzero |= c != b'0';
                e10 += 1;
            }
            if seen_point {
                e10 -= 1;
            }
        } else if c == b'_' && prev_digit && s.get(i + 1).is_some_and(u8::is_ascii_digit) {
            prev_digit = false;
        } else if c == b'.' && !seen_point {
            seen_point = true;
            prev_digit = false;
        } else {
            break;
        }
        i += 1;
    }
    if !any {
        return None;
    }
    if i < s.len() && (s[i] | 0x20) == b'e' {
        i += 1;
        let neg = match s.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let mut e: i32 = 0;
        let mut any_e = false;
        let mut prev = false;
        while i < s.len() {
            let c = s[i];
            if c.is_ascii_digit() {
                // Past this the value is surely 0 or infinite; MicroPython stops here too.
                if e < (i32::MAX / 2 - 9) / 10 {
                    e = 10 * e + i32::from(c - b'0');
                }
                any_e = true;
                prev = true;
            } else if c == b'_' && prev && s.get(i + 1).is_some_and(u8::is_ascii_digit) {
                prev = false;
            } else {
                break;
            }
            i += 1;
        }
        if !any_e {
            return None;
        }
        e10 = e10.saturating_add(if neg { -e } else { e });
    }
    if i != s.len() {
        return None;
    }
    // Single precision reads the text as MicroPython does (not correctly rounded).
    #[cfg(mp_float = "float")]
    return Some(super::mp32::parse(s));
    #[allow(unreachable_code)]
    if dropped_nonzero {
        digits[nd] = b'1';
        nd += 1;
        e10 -= 1;
    }
    Some(to_float(&digits[..nd], e10))
}
