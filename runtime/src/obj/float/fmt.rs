//! The float formatter: exact decimal digits of a float by big-integer arithmetic (no
//! `core::fmt`), the shortest digits that read back to the same float (`repr`), and
//! correctly rounded fixed/scientific/general forms for `%`-formatting and `format`
//! (CPython's text, at double precision). At single precision `format` gives MicroPython's
//! text instead (`mp32`).

use core::cmp::Ordering;

use super::big::Big;
use super::{decompose, Float};
use crate::gc::GcVec;
use crate::obj::exc::Exc;
use crate::print::Print;

/// Room for every digit of the exact decimal value of a float (and of the halfway points
/// next to it): 767 significant digits for a subnormal double, 112 for a float.
const DIGITS: usize = if Float::MANTISSA_DIGITS > 24 { 800 } else { 128 };

/// Decimal digits `d[0..n]` (ASCII, no leading zero) with value `0.d0d1... × 10**exp`.
pub struct Digits {
    pub d: [u8; DIGITS + 2],
    pub n: usize,
    pub exp: i32,
}

impl Digits {
    fn new() -> Digits {
        Digits { d: [b'0'; DIGITS + 2], n: 0, exp: 0 }
    }

    fn trim(&mut self) {
        while self.n > 1 && self.d[self.n - 1] == b'0' {
            self.n -= 1;
        }
    }

    /// Keep `keep` significant digits (at least 0), rounding half to even on the exact
    /// digits dropped; a carry out of the top digit raises `exp`. `keep == 0` rounds to
    /// `0` or `1 × 10**exp`.
    pub fn round_to(&mut self, keep: i32) {
        if keep < 0 {
            self.n = 1;
            self.d[0] = b'0';
            return;
        }
        let keep = keep as usize;
        if keep >= self.n {
            return;
        }
        let first = self.d[keep];
        let rest_nonzero = self.d[keep + 1..self.n].iter().any(|&c| c != b'0');
        let prev_odd = keep > 0 && (self.d[keep - 1] - b'0') % 2 == 1;
        let up = first > b'5' || (first == b'5' && (rest_nonzero || prev_odd));
        self.n = keep;
        if up {
            let mut i = keep;
            loop {
                if i == 0 {
                    // All nines: 0.999 → 0.1 × 10.
                    self.d[0] = b'1';
                    self.n = self.n.max(1);
                    self.exp += 1;
                    break;
                }
                i -= 1;
                if self.d[i] == b'9' {
                    self.d[i] = b'0';
                } else {
                    self.d[i] += 1;
                    break;
                }
            }
        } else if keep == 0 {
            self.d[0] = b'0';
            self.n = 1;
            return;
        }
        self.trim();
    }

    pub fn is_zero(&self) -> bool {
        self.n == 0 || (self.n == 1 && self.d[0] == b'0')
    }
}

/// The exact digits of `m × 2**e2` scaled to the integer `N` with `value = N × 10**scale`.
fn exact_int(m: u64, e2: i32, extra5: u32, out: &mut [u8; DIGITS + 2]) -> usize {
    let mut b = Big::from_u64(m);
    if e2 >= 0 {
        b.shl(e2 as u32);
    } else {
        b.mul_pow5(extra5);
    }
    b.decimal_into(out)
}

/// The exact decimal value of a finite nonzero `|x|`, trailing zeros trimmed.
pub fn exact(x: Float) -> Digits {
    let (m, e2) = decompose(x);
    let mut t = Digits::new();
    let start = exact_int(m, e2, e2.unsigned_abs(), &mut t.d);
    let n = t.d.len() - start;
    t.d.copy_within(start.., 0);
    t.n = n;
    t.exp = n as i32 + e2.min(0);
    t.trim();
    t
}

fn cmp_dec(a: &[u8], b: &[u8]) -> Ordering {
    let a = &a[a.iter().position(|&c| c != b'0').unwrap_or(a.len())..];
    let b = &b[b.iter().position(|&c| c != b'0').unwrap_or(b.len())..];
    a.len().cmp(&b.len()).then_with(|| a.cmp(b))
}

/// The shortest digits that read back as `|x|` (finite, nonzero): the rounding interval
/// `(low, high)` of `x` is computed exactly at a common scale, and the nearest candidate
/// of 1, 2, ... digits (then its neighbour) is tried until one lies inside.
pub fn shortest(x: Float) -> Digits {
    let (m, e2) = decompose(x);
    let even = m % 2 == 0;
    // Scale by 4 so that both interval ends are integers: value = 4m × 2**(e2 - 2).
    let pow2 = m == 1 << (Float::MANTISSA_DIGITS - 1) && e2 > super::MIN_LSB_EXP;
    let lo_m = if pow2 { 4 * m - 1 } else { 4 * m - 2 };
    let e = e2 - 2;
    let k5 = e.unsigned_abs();
    let mut v = Digits::new();
    let mut lo = [b'0'; DIGITS + 2];
    let mut hi = [b'0'; DIGITS + 2];
    let vs = exact_int(4 * m, e, k5, &mut v.d);
    let ls = exact_int(lo_m, e, k5, &mut lo);
    let hs = exact_int(4 * m + 2, e, k5, &mut hi);
    // All three are integers of the same scale; line them up on the right.
    let n = DIGITS + 2 - hs;
    let vstart = DIGITS + 2 - n;
    let lo = &lo[DIGITS + 2 - n..];
    let hi = &hi[hs..];
    let _ = (vs, ls);
    v.d.copy_within(vstart.., 0);
    v.n = n;
    v.exp = n as i32 + e.min(0);
    // Leading zeros of `v` (when `hi` has one more digit): drop them from the digits.
    let lead = v.d[..n].iter().position(|&c| c != b'0').unwrap_or(0);
    let mut cand = [b'0'; DIGITS + 2];
    for p in 1..=(n - lead) {
        for mode in 0..3 {
            // The nearest candidate of `p` digits, then truncation, then truncation + 1.
            let mut c = Digits::new();
            c.d[..n - lead].copy_from_slice(&v.d[lead..n]);
            c.n = n - lead;
            c.exp = v.exp - lead as i32;
            match mode {
                0 => c.round_to(p as i32),
                1 => {
                    c.n = p;
                    c.trim();
                }
                _ => {
                    c.d[p] = b'9';
                    c.n = p + 1;
                    c.round_to(p as i32);
                }
            }
            // The candidate as an integer of the common scale: digits then zeros.
            let width = n + 1;
            let shift = (c.exp - (v.exp - n as i32)) as usize; // digits before the scale point
            if shift > width {
                continue;
            }
            for x in cand[..width].iter_mut() {
                *x = b'0';
            }
            let at = width - shift;
            let len = c.n.min(shift);
            cand[at..at + len].copy_from_slice(&c.d[..len]);
            let cv = &cand[..width];
            let lo_ok = match cmp_dec(cv, lo) {
                Ordering::Greater => true,
                Ordering::Equal => even,
                Ordering::Less => false,
            };
            let hi_ok = match cmp_dec(cv, hi) {
                Ordering::Less => true,
                Ordering::Equal => even,
                Ordering::Greater => false,
            };
            if lo_ok && hi_ok {
                c.trim();
                return c;
            }
        }
    }
    v.d.copy_within(lead..n, 0);
    v.n = n - lead;
    v.exp -= lead as i32;
    v.trim();
    v
}

/// A formatting request: `%`-style conversion letter (`e f g r %`, or upper case), precision
/// and flags (alignment and width are the caller's).
#[derive(Clone, Copy)]
pub struct Spec {
    pub conv: u8,
    pub prec: Option<usize>,
    /// `+` or ` ` for positive numbers, else 0.
    pub sign: u8,
    /// `#`: keep the point and trailing zeros in `g`.
    pub alt: bool,
}

impl Spec {
    pub const REPR: Spec = Spec { conv: b'r', prec: None, sign: 0, alt: false };
}

/// Where the formatter writes: [`Buf`] (on the stack, for `repr`, which is short) or
/// [`Grow`] (the heap, for a precision of any length).
pub trait Out {
    fn push(&mut self, c: u8);
    fn push_all(&mut self, s: &[u8]) {
        for &c in s {
            self.push(c);
        }
    }
}

/// Room for the longest `repr` of a float (`-2.2250738585072014e-308` and the like).
const REPR_ROOM: usize = 40;

/// A small writer into a fixed buffer: `repr` never needs the heap. Text past its room is
/// dropped, so it is only for [`Spec::REPR`].
pub struct Buf {
    pub b: [u8; REPR_ROOM],
    pub n: usize,
}

impl Buf {
    pub fn new() -> Buf {
        Buf { b: [0; REPR_ROOM], n: 0 }
    }
    pub fn as_bytes(&self) -> &[u8] {
        &self.b[..self.n]
    }
}

impl Out for Buf {
    fn push(&mut self, c: u8) {
        if self.n < self.b.len() {
            self.b[self.n] = c;
            self.n += 1;
        }
    }
}

impl Default for Buf {
    fn default() -> Self {
        Self::new()
    }
}

/// Text that fits this many bytes stays on the stack in [`Grow`] (no allocation for the
/// common `'%.2f' % x`).
const GROW_INLINE: usize = 64;

/// A writer for `%`-formatting and format specs of any precision (`'%.1100f' % 5e-324` has
/// 1102 characters): on the stack up to [`GROW_INLINE`] bytes, then in a heap buffer. The
/// first allocation failure is kept, the rest of the text dropped, and [`Grow::finish`]
/// reports it.
pub struct Grow {
    inline: [u8; GROW_INLINE],
    n: usize,
    heap: GcVec<u8>,
    spilled: bool,
    err: Option<Exc>,
}

impl Grow {
    pub fn new() -> Grow {
        Grow { inline: [0; GROW_INLINE], n: 0, heap: GcVec::new(), spilled: false, err: None }
    }

    /// The text so far.
    pub fn as_bytes(&self) -> &[u8] {
        if self.spilled {
            self.heap.as_slice()
        } else {
            &self.inline[..self.n]
        }
    }

    /// Whether all the text was kept.
    ///
    /// # Errors
    /// `MemoryError` when it did not fit the heap.
    pub fn finish(&self) -> Result<(), Exc> {
        match self.err {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}

impl Default for Grow {
    fn default() -> Self {
        Self::new()
    }
}

impl Out for Grow {
    fn push(&mut self, c: u8) {
        if self.err.is_some() {
            return;
        }
        if !self.spilled {
            if self.n < GROW_INLINE {
                self.inline[self.n] = c;
                self.n += 1;
                return;
            }
            if let Err(e) = self.heap.extend_from_slice(&self.inline) {
                self.err = Some(e);
                return;
            }
            self.spilled = true;
        }
        if let Err(e) = self.heap.push(c) {
            self.err = Some(e);
        }
    }
}

#[cfg(not(mp_float = "float"))]
fn push_exp(out: &mut dyn Out, e: i32, upper: bool) {
    out.push(if upper { b'E' } else { b'e' });
    out.push(if e < 0 { b'-' } else { b'+' });
    let a = e.unsigned_abs();
    if a >= 100 {
        out.push(b'0' + (a / 100) as u8);
    }
    out.push(b'0' + (a / 10 % 10) as u8);
    out.push(b'0' + (a % 10) as u8);
}

/// Digits `d` (value `0.d × 10**exp`) in fixed notation with `frac` digits after the point
/// (or exactly as many as there are, when `frac` is `None`).
#[cfg(not(mp_float = "float"))]
fn fixed(out: &mut dyn Out, d: &Digits, frac: Option<usize>, point: bool) {
    let int_len = d.exp.max(0) as usize;
    let digit = |i: i32| -> u8 {
        if i >= 0 && (i as usize) < d.n {
            d.d[i as usize]
        } else {
            b'0'
        }
    };
    if int_len == 0 {
        out.push(b'0');
    } else {
        for i in 0..int_len {
            out.push(digit(i as i32));
        }
    }
    let frac = frac.unwrap_or_else(|| (d.n as i32 - d.exp).max(0) as usize);
    if frac > 0 || point {
        out.push(b'.');
    }
    for j in 0..frac {
        out.push(digit(d.exp + j as i32));
    }
}

#[cfg(not(mp_float = "float"))]
fn sci(out: &mut dyn Out, d: &Digits, frac: Option<usize>, point: bool, upper: bool) {
    out.push(d.d[0]);
    let frac = frac.unwrap_or(d.n - 1);
    if frac > 0 || point {
        out.push(b'.');
    }
    for j in 1..=frac {
        out.push(if j < d.n { d.d[j] } else { b'0' });
    }
    let e = if d.is_zero() { 0 } else { d.exp - 1 };
    push_exp(out, e, upper);
}

/// Format `x` by `spec` into `out` (sign included; no width or alignment). At single
/// precision the text is MicroPython's (`mp32`), which ignores `#` as MicroPython's floats
/// do. No `,`/`_` groups: `str_format::float_hook` puts them in.
pub fn format(x: Float, spec: Spec, out: &mut dyn Out) {
    #[cfg(mp_float = "float")]
    return format_mp32(x, spec, out);
    #[cfg(not(mp_float = "float"))]
    format_exact(x, spec, out);
}

/// MicroPython's single-precision text.
#[cfg(mp_float = "float")]
fn format_mp32(x: Float, spec: Spec, out: &mut dyn Out) {
    let prec = spec.prec.map_or(-1, |p| p.min(i32::MAX as usize) as i32);
    let (x, conv, prec, repr) = match spec.conv {
        b'r' => (x, b'g', super::mp32::REPR_PREC, true),
        // `%`: `f` of `x * 100` (in `float`, as MicroPython multiplies), then `%`.
        b'%' => (x * 100.0, b'f', prec, false),
        c => (x, c, prec, false),
    };
    super::mp32::format(x, conv, prec, spec.sign, repr, out);
    if spec.conv == b'%' {
        out.push(b'%');
    }
}

/// The exact text (CPython's): correctly rounded digits of any length.
#[cfg(not(mp_float = "float"))]
fn format_exact(x: Float, spec: Spec, out: &mut dyn Out) {
    let neg = x.is_sign_negative() && !x.is_nan();
    if neg {
        out.push(b'-');
    } else if spec.sign != 0 {
        out.push(spec.sign);
    }
    let upper = spec.conv.is_ascii_uppercase();
    if !x.is_finite() {
        let s: &[u8] = match (x.is_nan(), upper) {
            (true, false) => b"nan",
            (true, true) => b"NAN",
            (false, false) => b"inf",
            (false, true) => b"INF",
        };
        out.push_all(s);
        return;
    }
    let zero = x == 0.0;
    let x = if neg { -x } else { x };
    let conv = spec.conv.to_ascii_lowercase();
    let mut d = if zero {
        let mut z = Digits::new();
        z.n = 1;
        z.exp = 1;
        z
    } else if conv == b'r' {
        shortest(x)
    } else {
        exact(x)
    };
    match conv {
        b'r' => {
            // repr: fixed between 1e-4 and 1e16, else scientific (as CPython).
            let e = d.exp - 1;
            if zero || (-4..16).contains(&e) {
                fixed(out, &d, None, true);
                if d.n as i32 <= d.exp || zero {
                    out.push(b'0');
                }
            } else {
                sci(out, &d, None, false, false);
            }
        }
        b'f' | b'%' => {
            let p = spec.prec.unwrap_or(6);
            if conv == b'%' {
                d.exp += 2;
            }
            if !zero {
                d.round_to(d.exp + p as i32);
            }
            fixed(out, &d, Some(p), spec.alt);
            if conv == b'%' {
                out.push(b'%');
            }
        }
        b'e' => {
            let p = spec.prec.unwrap_or(6);
            if !zero {
                d.round_to(p as i32 + 1);
            }
            sci(out, &d, Some(p), spec.alt, upper);
        }
        _ => {
            // g: precision P significant digits; scientific when the exponent is below -4
            // or at least P; trailing zeros removed unless `#`.
            let p = spec.prec.unwrap_or(6).max(1);
            if !zero {
                d.round_to(p as i32);
            }
            let e = if zero { 0 } else { d.exp - 1 };
            if e < -4 || e >= p as i32 {
                let frac = if spec.alt { p - 1 } else { d.n - 1 };
                sci(out, &d, Some(frac), spec.alt, upper);
            } else {
                let frac =
                    if spec.alt { (p as i32 - 1 - e).max(0) as usize } else { (d.n as i32 - d.exp).max(0) as usize };
                fixed(out, &d, Some(frac), spec.alt);
            }
        }
    }
}

/// Print `x` as `repr()`/`str()` do.
///
/// # Errors
/// As `Print::write`.
pub fn print_repr(x: Float, out: &mut dyn Print) -> Result<(), Exc> {
    let mut b = Buf::new();
    format(x, Spec::REPR, &mut b);
    out.write(b.as_bytes())
}
