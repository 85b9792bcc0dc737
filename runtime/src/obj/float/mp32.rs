//! MicroPython's single-precision float text, digit for digit: what `py/formatfloat.c`
//! and `py/parsenum.c` print and parse with `MICROPY_FLOAT_IMPL_FLOAT` (whose default
//! `MICROPY_FLOAT_FORMAT_IMPL_APPROX` computes in `float` only). Boards with
//! `float = "float"` use it for `repr`, `%`-formatting, format specs, `float()` and float
//! literals, so they print what MicroPython prints on the same board; double-precision
//! boards keep the exact conversions of `fmt`/`parse` (CPython's output).
//!
//! The algorithm, in short. Parsing accumulates up to ten significant digits in a `u32`
//! (later digits are dropped, not rounded), converts it to `f32` and scales it by
//! `10**n = 2**n × 5**n`: `2**n` added to the exponent field (wrapping in its 8 bits, as C's
//! bit-field does) and `5**n` from `powf` (exact up to `5**10`, which divides; else
//! multiplies). Formatting finds the decimal exponent by comparing with such powers of ten,
//! scales the float to an integer of 6 significant digits (the rest by integer multiplies),
//! and for `repr` (or any precision past 6 digits) reparses the text and retries with one
//! more digit until it reads back the same bits, up to 9 digits (not checked). The text is
//! made in a 33-byte buffer (`mp_print_float`'s), so long precisions are cut short as
//! MicroPython cuts them. Neither is correctly rounded: `repr(1/3)` is `0.3333334`,
//! `float('1e129')` is `nan` and subnormals print wrongly, as on MicroPython.
//!
//! Pure functions of `f32`: compiled on every board (the unit tests run on the host),
//! used only where `mp_float = "float"`.

use super::fmt::Out;

/// `mp_print_float`'s buffer (36 bytes) less its reserve for `.0` and `%`.
const BUF_SIZE: i32 = 33;
/// Significant digits kept in the decimal mantissa (a `u32`), and those trusted untested.
const MAX_DIGITS: i32 = 9;
const SAFE_DIGITS: i32 = 6;
/// Room the exponent form needs (`+9e+99`).
const EXP_ROOM: i32 = 6;
/// The precision that asks for `repr` (MicroPython's `MP_FLOAT_REPR_PREC`); a user's
/// `'%.99g'` gets it too, as there.
pub const REPR_PREC: i32 = 99;
/// A decimal mantissa stops taking digits from here (`0x19999998`: ten times it still fits).
const MANTISSA_MAX: u32 = 0x1999_9998;

const MODE_E: u8 = 1;
const MODE_G: u8 = 2;
const MODE_F: u8 = 4;
const LOWER_CASE: u8 = 0x20;

/// `powf(5, n)` with the `libm` crate's `powf`, which is the FreeBSD `e_powf` that
/// MicroPython's `lib/libm` has (so the inexact powers round as there).
fn pow5(n: i32) -> f32 {
    libm::powf(5.0, n as f32)
}

/// `num × 10**n` as MicroPython's `mp_decimal_exp` computes it in `float`.
pub fn decimal_exp(num: f32, n: i32) -> f32 {
    if n == 0 || num == 0.0 {
        return num;
    }
    let b = num.to_bits();
    // The exponent field plus `n`, kept to 8 bits as the C bit-field keeps it.
    let e = (((b >> 23) & 0xff) as i32).wrapping_add(n) as u32 & 0xff;
    let r = f32::from_bits((b & !(0xff << 23)) | (e << 23));
    if (-10..0).contains(&n) {
        r / pow5(-n)
    } else {
        r * pow5(n)
    }
}

/// `mp_parse_float_internal`: the value of unsigned decimal text (digits, `.`, `_`, an
/// exponent). The caller has checked the syntax; anything else ends the number.
pub fn parse(s: &[u8]) -> f32 {
    // Where the digits are: integer part, fraction, exponent.
    const INT: u8 = 0;
    const FRAC: u8 = 1;
    const EXP: u8 = 2;
    let mut part = INT;
    let mut exp_neg = false;
    let mut m: u32 = 0;
    let mut exp: i32 = 0;
    let mut extra: i32 = 0;
    // Zeros are held back until a later digit shows they are not trailing.
    let (mut zeros_int, mut zeros_frac) = (0i32, 0i32);
    let accept = |m: u32, d: u32, extra: &mut i32, part: u8| -> u32 {
        if m < MANTISSA_MAX {
            if part == FRAC {
                *extra -= 1;
            }
            10 * m + d
        } else {
            if part == INT {
                *extra += 1;
            }
            m
        }
    };
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        i += 1;
        if c.is_ascii_digit() {
            let d = u32::from(c - b'0');
            if part == EXP {
                if exp < (i32::MAX / 2 - 9) / 10 {
                    exp = 10 * exp + d as i32;
                }
            } else if d == 0 || m >= MANTISSA_MAX {
                if part == INT {
                    zeros_int += 1;
                } else {
                    zeros_frac += 1;
                }
            } else {
                while zeros_int > 0 {
                    m = accept(m, 0, &mut extra, INT);
                    zeros_int -= 1;
                }
                while zeros_frac > 0 {
                    m = accept(m, 0, &mut extra, FRAC);
                    zeros_frac -= 1;
                }
                m = accept(m, d, &mut extra, part);
            }
        } else if part == INT && c == b'.' {
            part = FRAC;
        } else if part != EXP && c | 0x20 == b'e' {
            part = EXP;
            match s.get(i) {
                Some(b'+') => i += 1,
                Some(b'-') => {
                    i += 1;
                    exp_neg = true;
                }
                _ => {}
            }
        } else if c != b'_' {
            break;
        }
    }
    if exp_neg {
        exp = -exp;
    }
    decimal_exp(m as f32, exp.wrapping_add(extra).wrapping_add(zeros_int))
}

/// A small text buffer: the formatter's output stays within `BUF_SIZE` (room to spare).
struct Text {
    b: [u8; 64],
}

impl Text {
    /// `0.` then `n` zeros at `at`; returns the index after them.
    fn zeros(&mut self, mut at: usize, n: i32) -> usize {
        self.b[at] = b'0';
        self.b[at + 1] = b'.';
        at += 2;
        for _ in 0..n.max(0) {
            self.b[at] = b'0';
            at += 1;
        }
        at
    }
}

/// `mp_format_mantissa`: the `nd`-digit decimal mantissa `m` written at `s` with a point
/// after digit `dec` (255: none), `tz` zeros after it, and the exponent `e` as the mode
/// asks; returns the end of the text.
#[allow(clippy::too_many_arguments)]
fn mantissa_text(
    t: &mut Text,
    mut s: usize,
    mut m: u32,
    cap: u32,
    mut nd: i32,
    max_exp_zeros: i32,
    mut tz: i32,
    mut dec: i32,
    mut e: i32,
    flags: u8,
) -> usize {
    if m != 0 && m >= cap {
        // Rounding carried into a new digit.
        if flags & MODE_F != 0 {
            nd += 1;
            dec += 1;
        } else {
            m /= 10;
            e += 1;
        }
    }
    if flags & MODE_G != 0 && e != 0 {
        if e >= 0 {
            if e < max_exp_zeros {
                dec += e;
                if dec >= nd {
                    tz = dec - (nd - 1);
                }
                e = 0;
            }
        } else if e >= -4 {
            let mut cnt = 0;
            while e < 0 && m.is_multiple_of(10) {
                m /= 10;
                cnt += 1;
                e += 1;
            }
            nd -= cnt;
            s = t.zeros(s, cnt - e - 1);
            dec = 255;
            e = 0;
        }
    }
    for digit in (0..nd).rev() {
        let at = if digit > dec { digit + 1 } else { digit };
        t.b[s + at as usize] = b'0' + (m % 10) as u8;
        m /= 10;
    }
    let mut dot = dec >= 255;
    if dec + 1 < nd {
        dot = true;
        s += 1;
        t.b[s + dec as usize] = b'.';
    }
    s += nd as usize;
    if tz != 0 {
        dec -= nd - 1;
        while tz > 0 {
            tz -= 1;
            if dec == 0 {
                t.b[s] = b'.';
                s += 1;
                dot = true;
            }
            dec -= 1;
            t.b[s] = b'0';
            s += 1;
        }
    }
    if flags & MODE_G != 0 && dot {
        while t.b[s - 1] == b'0' {
            s -= 1;
        }
        if t.b[s - 1] == b'.' {
            s -= 1;
        }
    }
    if (e != 0 || flags & MODE_E != 0) && flags & MODE_F == 0 {
        t.b[s] = b'E' | (flags & LOWER_CASE);
        t.b[s + 1] = if e >= 0 { b'+' } else { b'-' };
        s += 2;
        let a = e.unsigned_abs();
        if a >= 100 {
            t.b[s] = b'0' + (a / 100) as u8;
            s += 1;
        }
        t.b[s] = b'0' + (a / 10 % 10) as u8;
        t.b[s + 1] = b'0' + (a % 10) as u8;
        s += 2;
    }
    s
}

/// `mp_print_float`'s text of `x` for conversion `conv` (`e f g`, either case), precision
/// `prec` (negative: 6; [`REPR_PREC`]: `repr`) and `sign` (`+`, ` ` or 0 for positives);
/// `repr` adds `.0` to an integral result. No padding.
pub fn format(x: f32, conv: u8, prec: i32, sign: u8, repr: bool, out: &mut dyn Out) {
    let mut f = x;
    let mut sign = sign;
    if x.is_sign_negative() && !x.is_nan() {
        f = -x;
        sign = b'-';
    }
    let mut buf_size = BUF_SIZE;
    if sign != 0 {
        out.push(sign);
        buf_size -= 1;
    }
    if !f.is_finite() {
        let s: &[u8] = if f.is_nan() { b"NAN" } else { b"INF" };
        for &c in s {
            out.push(c | (conv & LOWER_CASE));
        }
        return;
    }
    // The case bit of the letter: set (lower case) gives `e`, `inf`, `nan`.
    let mut flags = conv & LOWER_CASE;
    match conv | 0x20 {
        b'f' => flags |= MODE_F,
        b'g' => flags |= MODE_G,
        _ => flags |= MODE_E,
    }
    // Past the buffer every precision prints alike: a huge one is cut (no overflow).
    let mut prec = if prec < 0 { 6 } else { prec.min(1000) };
    let mut max_exp_zeros = prec.min(buf_size - 3);
    if prec == REPR_PREC {
        prec = MAX_DIGITS;
        max_exp_zeros = 16;
    }
    let zero = f.to_bits() == 0;
    // The decimal exponent: from the binary one, then corrected against powers of ten.
    let mut e = 0;
    if !zero {
        let bin = ((f.to_bits() >> 23) & 0xff) as i32 - 127;
        e = (bin as f32 * core::f32::consts::LOG10_2) as i32;
        let up = i32::from(f >= 1.0);
        let mut base = decimal_exp(1.0, e + up);
        while i32::from(f >= base) == up {
            e += if up == 1 { 1 } else { -1 };
            base = decimal_exp(1.0, e + up);
        }
    }
    if flags & MODE_F != 0 && e > 0 && e + prec + 2 > buf_size {
        // Too long for the buffer in fixed notation: general, one digit more.
        flags = (flags & !MODE_F) | MODE_G;
        prec += 1;
    }
    let mut max_digits = prec;
    let mut lead_zeros = 0;
    let mut trail_zeros = 0;
    if flags & MODE_F != 0 {
        max_digits = max_digits.min(buf_size - 3);
        if e < 0 {
            if max_digits > 2 && e < -2 {
                lead_zeros = (-e).min(max_digits) - 2;
                max_digits -= lead_zeros;
            } else {
                max_digits += 1;
            }
        } else {
            max_digits += e + 1;
        }
    } else if flags & MODE_G == 0 || max_digits == 0 {
        max_digits += 1;
    }
    if max_digits > MAX_DIGITS {
        trail_zeros = max_digits - MAX_DIGITS;
        max_digits = MAX_DIGITS;
    }
    let overhead = if flags & MODE_F != 0 { 3 } else { EXP_ROOM + 1 };
    trail_zeros = trail_zeros.min(buf_size - max_digits - overhead);
    let mut nd = SAFE_DIGITS.min(max_digits);
    let mut t = Text { b: [0; 64] };
    loop {
        let mut s = 0;
        let extra_zeros = trail_zeros + (max_digits - nd);
        let mut dec = 0;
        let mut decexp = if zero {
            0
        } else if flags & MODE_F != 0 {
            let mut d = nd - 1;
            if e < 0 {
                if lead_zeros > 0 {
                    s = t.zeros(0, lead_zeros);
                    d += lead_zeros + 1;
                    dec = 255;
                }
            } else {
                d -= e;
                dec = e;
            }
            d
        } else {
            nd - e - 1
        };
        let cap = 10u32.wrapping_pow(nd as u32);
        // Digits past the sixth by integer multiplies, the rest by scaling the float.
        let mut m: u32 = 1;
        if nd > SAFE_DIGITS && decexp > 1 {
            if nd > SAFE_DIGITS + 1 && decexp > 2 {
                m = 100;
                decexp -= 2;
            } else {
                m = 10;
                decexp -= 1;
            }
        }
        m = m.wrapping_mul((decimal_exp(f, decexp) + 0.5) as u32);
        let end = mantissa_text(&mut t, s, m, cap, nd, max_exp_zeros, extra_zeros, dec, e, flags);
        if nd < max_digits && parse(&t.b[..end]).to_bits() != f.to_bits() {
            nd += 1;
            continue;
        }
        let text = &t.b[..end];
        out.push_all(text);
        if repr && !text.iter().any(|&c| c == b'.' || c == b'e' || c == b'n') {
            out.push_all(b".0");
        }
        return;
    }
}

#[cfg(test)]
mod tests {
    use super::super::fmt::Buf;
    use super::*;

    fn text(x: f32, conv: u8, prec: i32, sign: u8, repr: bool) -> std::string::String {
        let mut b = Buf::new();
        if conv == b'%' {
            format(x * 100.0, b'f', prec, sign, false, &mut b);
            b.push(b'%');
        } else {
            format(x, conv, prec, sign, repr, &mut b);
        }
        std::string::String::from_utf8(b.as_bytes().to_vec()).unwrap()
    }

    /// Every case of `tests/data/float32.txt`, MicroPython's own output.
    #[test]
    fn matches_micropython() {
        let data = include_str!("../../../tests/data/float32.txt");
        let mut n = 0;
        for line in data.lines().filter(|l| !l.starts_with('#')) {
            let (case, want) = line.split_once('\t').unwrap();
            let w: std::vec::Vec<&str> = case.split(' ').collect();
            let bits = |s: &str| f32::from_bits(u32::from_str_radix(s, 16).unwrap());
            let got = match w[0] {
                "r" => text(bits(w[1]), b'g', REPR_PREC, 0, true),
                "f" => {
                    let sign = match w[3] {
                        "p" => b'+',
                        "s" => b' ',
                        _ => 0,
                    };
                    text(bits(w[4]), w[1].as_bytes()[0], w[2].parse().unwrap(), sign, false)
                }
                _ => {
                    let v = parse(w[1].as_bytes());
                    if v.is_nan() {
                        "nan".into()
                    } else {
                        std::format!("{:x}", v.to_bits())
                    }
                }
            };
            assert_eq!(got, want, "{case}");
            n += 1;
        }
        assert!(n > 1000);
    }

    #[test]
    fn decimal_exp_wraps_like_the_bit_field() {
        // 1.0's exponent field plus 129 wraps to 0: zero times powf(5, 129) = inf is NaN.
        assert!(decimal_exp(1.0, 129).is_nan());
        assert_eq!(decimal_exp(1.0, 1), 10.0);
        assert_eq!(decimal_exp(3.0, -1), 0.3);
    }
}
