//! Arbitrary-precision ints (board.toml `longint = "mpz"`): sign and magnitude, the
//! magnitude's `u32` digits in one GC heap block. An int that fits a small int is always a
//! small int: every result goes through [`from_parts`], which demotes it.

pub mod mag;

use core::cmp::Ordering;

use self::mag::Mag;
use super::repr::{ObjBase, PyObj};
use super::{exc, int, Obj, Type};
use crate::bytecode::BinOp;
use crate::gc::{self, GcVec};
use crate::print::Print;
use exc::Exc;

/// An int outside the small-int range. Immutable.
#[repr(C)]
pub struct LongObj {
    pub base: ObjBase,
    pub neg: bool,
    /// The magnitude, trimmed, never fitting a small int.
    pub digits: &'static [u32],
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only pointer `Obj`s of `INT_TYPE` are `LongObj`s
// (small ints are immediate words and never reach `downcast`).
unsafe impl PyObj for LongObj {
    const TYPE: Option<&'static Type> = Some(&int::INT_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &int::INT_TYPE)
    }
}

/// A signed value to compute with: a long int's digits or a small int's, on the stack.
pub struct Parts {
    pub neg: bool,
    small: [u32; 2],
    big: Option<&'static [u32]>,
}

impl Parts {
    pub fn from_i64(v: i64) -> Parts {
        let u = v.unsigned_abs();
        Parts { neg: v < 0, small: [u as u32, (u >> 32) as u32], big: None }
    }

    pub fn mag(&self) -> &[u32] {
        match self.big {
            Some(b) => b,
            None => mag::trim(&self.small),
        }
    }
}

/// The parts of an int (small, long, bool, or an int subclass's instance).
pub fn parts(o: Obj) -> Option<Parts> {
    if let Some(l) = o.downcast::<LongObj>() {
        return Some(Parts { neg: l.neg, small: [0; 2], big: Some(l.digits) });
    }
    int::as_i64(o).map(Parts::from_i64)
}

pub fn as_long(o: Obj) -> Option<&'static LongObj> {
    o.downcast::<LongObj>()
}

/// The int `±m` (a small int when it fits).
///
/// # Errors
/// `MemoryError`.
pub fn from_parts(neg: bool, mut m: Mag) -> Result<Obj, Exc> {
    mag::trim_vec(&mut m);
    if m.len() <= 2 {
        let u = u64::from(m.first().copied().unwrap_or(0)) | (u64::from(m.get(1).copied().unwrap_or(0)) << 32);
        if u <= i64::MAX as u64 {
            let v = if neg { -(u as i64) } else { u as i64 };
            if Obj::fits_small_int(v) {
                return Ok(Obj::small_int(v as isize));
            }
        }
    }
    let digits: &'static [u32] = m.leak();
    Ok(Obj::from_ref(gc::new(LongObj { base: ObjBase::new(&int::INT_TYPE), neg, digits })?))
}

/// A long int for any `i64`.
///
/// # Errors
/// `MemoryError`.
pub fn from_i64(v: i64) -> Result<Obj, Exc> {
    let p = Parts::from_i64(v);
    from_parts(p.neg, Mag::from_slice(p.mag())?)
}

/// The value when it fits an `i64`.
pub fn to_i64(l: &LongObj) -> Option<i64> {
    if l.digits.len() > 2 {
        return None;
    }
    let u = u64::from(l.digits[0]) | (u64::from(l.digits.get(1).copied().unwrap_or(0)) << 32);
    if l.neg {
        (u <= 1 << 63).then(|| (u as i64).wrapping_neg())
    } else {
        i64::try_from(u).ok()
    }
}

/// Low 32 bits of the two's-complement value: equal to a small int's hash when equal.
pub fn hash(l: &LongObj) -> u32 {
    let low = l.digits[0];
    if l.neg {
        low.wrapping_neg()
    } else {
        low
    }
}

pub fn cmp_parts(a: &Parts, b: &Parts) -> Ordering {
    let (am, bm) = (a.mag(), b.mag());
    match (a.neg && !am.is_empty(), b.neg && !bm.is_empty()) {
        (false, true) => Ordering::Greater,
        (true, false) => Ordering::Less,
        (false, false) => mag::cmp(am, bm),
        (true, true) => mag::cmp(bm, am),
    }
}

fn add_signed(an: bool, a: &[u32], bn: bool, b: &[u32]) -> Result<Obj, Exc> {
    if an == bn {
        return from_parts(an, mag::add(a, b)?);
    }
    match mag::cmp(a, b) {
        Ordering::Less => from_parts(bn, mag::sub(b, a)?),
        _ => from_parts(an, mag::sub(a, b)?),
    }
}

/// Floor division and modulo: `(q, r)` with `r` taking `b`'s sign.
///
/// # Errors
/// `ZeroDivisionError`, `MemoryError`.
pub fn floor_divmod(a: &Parts, b: &Parts) -> Result<(Obj, Obj), Exc> {
    let (am, bm) = (a.mag(), b.mag());
    if bm.is_empty() {
        return Err(exc::zero_division());
    }
    let (q, r) = mag::divmod(am, bm)?;
    if a.neg != b.neg && !r.is_empty() {
        let q1 = mag::add(&q, &[1])?;
        let r1 = mag::sub(bm, &r)?;
        return Ok((from_parts(true, q1)?, from_parts(b.neg, r1)?));
    }
    Ok((from_parts(a.neg != b.neg, q)?, from_parts(b.neg, r)?))
}

/// Two's complement of `±m` in `n` words.
fn twos(neg: bool, m: &[u32], n: usize) -> Result<Mag, Exc> {
    let mut v = Mag::with_capacity(n)?;
    for i in 0..n {
        v.push(m.get(i).copied().unwrap_or(0))?;
    }
    if neg {
        let mut carry = 1u64;
        for x in v.iter_mut() {
            let t = u64::from(!*x) + carry;
            *x = t as u32;
            carry = t >> 32;
        }
    }
    Ok(v)
}

fn bitwise(op: BinOp, a: &Parts, b: &Parts) -> Result<Obj, Exc> {
    let n = a.mag().len().max(b.mag().len()) + 1;
    let mut x = twos(a.neg, a.mag(), n)?;
    let y = twos(b.neg, b.mag(), n)?;
    for (p, &q) in x.iter_mut().zip(y.iter()) {
        *p = match op {
            BinOp::And => *p & q,
            BinOp::Or => *p | q,
            _ => *p ^ q,
        };
    }
    let neg = x[n - 1] >> 31 == 1;
    if neg {
        let m = twos(true, &x, n)?;
        return from_parts(true, m);
    }
    from_parts(false, x)
}

fn pow(a: &Parts, e: &Parts) -> Result<Obj, Exc> {
    let am = a.mag();
    if e.neg {
        return Ok(Obj::NULL); // a float result: the caller's
    }
    let em = e.mag();
    if am.is_empty() || am == [1] {
        let odd = em.first().is_some_and(|d| d & 1 == 1);
        let v = if am.is_empty() {
            i64::from(em.is_empty())
        } else if a.neg && odd {
            -1
        } else {
            1
        };
        return Ok(Obj::small_int(v as isize));
    }
    // The result has at least (bits(a) - 1) × e + 1 bits: refuse what cannot fit the heap.
    let heap_bits = crate::gc::root::heap().info().total.saturating_mul(8);
    let e64 = if em.len() > 2 { u64::MAX } else { em.iter().rev().fold(0u64, |v, &d| (v << 32) | u64::from(d)) };
    let min_bits = ((mag::bit_len(am) - 1) as u64).saturating_mul(e64);
    if min_bits > heap_bits as u64 {
        return Err(exc::memory_error());
    }
    let mut result = Mag::from_slice(&[1])?;
    let mut base = Mag::from_slice(am)?;
    let mut e = e64;
    loop {
        if e & 1 == 1 {
            result = mag::mul(&result, &base)?;
        }
        e >>= 1;
        if e == 0 {
            break;
        }
        base = mag::mul(&base, &base)?;
    }
    from_parts(a.neg && e64 & 1 == 1, result)
}

/// `pow(a, e, m)` for ints, `e >= 0` (`builtins_num::pow` inverts `a` for a negative one).
///
/// # Errors
/// `ValueError` for a zero modulus, `TypeError` for a negative exponent, `MemoryError`.
pub fn pow_mod(a: &Parts, e: &Parts, m: &Parts) -> Result<Obj, Exc> {
    let mm = m.mag();
    if mm.is_empty() {
        return Err(exc::value_error(msg!("divide by zero")));
    }
    if e.neg {
        return Err(exc::type_error(msg!("pow() with negative exponent and modulus not supported")));
    }
    let absm = Parts { neg: false, small: m.small, big: m.big };
    let (_, b0) = floor_divmod(a, &absm)?;
    let bp = parts(b0).unwrap_or(Parts::from_i64(0));
    let mut base = Mag::from_slice(bp.mag())?;
    let mut result = mag::divmod(&[1], mm)?.1;
    for &d in e.mag() {
        for bit in 0..32 {
            if d >> bit & 1 == 1 {
                result = mag::divmod(&mag::mul(&result, &base)?, mm)?.1;
            }
            base = mag::divmod(&mag::mul(&base, &base)?, mm)?.1;
        }
    }
    // The result takes the modulus's sign, as Python's `%`.
    if m.neg && !result.is_empty() {
        return from_parts(true, mag::sub(mm, &result)?);
    }
    from_parts(false, result)
}

/// Shift amounts past this many bits cannot fit any heap.
const MAX_SHIFT: i64 = 1 << 40;

/// `a op b` for two ints of which at least one is long (or a result that overflowed an
/// `i64`); `NULL` for operators ints don't have.
///
/// # Errors
/// `ZeroDivisionError`, `ValueError` (negative shift), `MemoryError`.
pub fn binary_op(op: BinOp, a: &Parts, b: &Parts) -> Result<Obj, Exc> {
    let (am, bm) = (a.mag(), b.mag());
    match op {
        BinOp::Add => add_signed(a.neg, am, b.neg, bm),
        BinOp::Sub => add_signed(a.neg, am, !b.neg, bm),
        BinOp::Mul => from_parts(a.neg != b.neg, mag::mul(am, bm)?),
        BinOp::FloorDiv => Ok(floor_divmod(a, b)?.0),
        BinOp::Mod => Ok(floor_divmod(a, b)?.1),
        BinOp::Pow => pow(a, b),
        BinOp::And | BinOp::Or | BinOp::Xor => bitwise(op, a, b),
        BinOp::LShift | BinOp::RShift => {
            if b.neg && !bm.is_empty() {
                return Err(exc::value_error(msg!("negative shift count")));
            }
            let n = if bm.len() > 2 { MAX_SHIFT } else { int::mag_to_i64(bm).min(MAX_SHIFT) };
            if op == BinOp::LShift && !am.is_empty() {
                if n == MAX_SHIFT {
                    return Err(exc::new_msg(&exc::OVERFLOW_ERROR, msg!("shift count too large")));
                }
                // More bits than the whole heap holds: refuse before allocating.
                if n as u64 > (crate::gc::root::heap().info().total as u64).saturating_mul(8) {
                    return Err(exc::memory_error());
                }
                return from_parts(a.neg, mag::shl(am, n as usize)?);
            }
            let n = usize::try_from(n).unwrap_or(usize::MAX);
            let (r, lost) = mag::shr(am, n)?;
            if a.neg && lost {
                // Floor towards minus infinity.
                return from_parts(true, mag::add(&r, &[1])?);
            }
            from_parts(a.neg, r)
        }
        BinOp::Lt => Ok(Obj::from_bool(cmp_parts(a, b) == Ordering::Less)),
        BinOp::Le => Ok(Obj::from_bool(cmp_parts(a, b) != Ordering::Greater)),
        BinOp::Gt => Ok(Obj::from_bool(cmp_parts(a, b) == Ordering::Greater)),
        BinOp::Ge => Ok(Obj::from_bool(cmp_parts(a, b) != Ordering::Less)),
        BinOp::Eq => Ok(Obj::from_bool(cmp_parts(a, b) == Ordering::Equal)),
        BinOp::Ne => Ok(Obj::from_bool(cmp_parts(a, b) != Ordering::Equal)),
        _ => Ok(Obj::NULL),
    }
}

/// `-a`, `~a`, `abs(a)`.
///
/// # Errors
/// `MemoryError`.
pub fn negate(a: &Parts) -> Result<Obj, Exc> {
    from_parts(!a.neg, Mag::from_slice(a.mag())?)
}

/// # Errors
/// `MemoryError`.
pub fn invert(a: &Parts) -> Result<Obj, Exc> {
    // ~a == -a - 1
    add_signed(!a.neg, a.mag(), true, &[1])
}

/// # Errors
/// `MemoryError`.
pub fn abs(a: &Parts) -> Result<Obj, Exc> {
    from_parts(false, Mag::from_slice(a.mag())?)
}

/// Print `±m` in `radix` (2..=36) after `prefix` (quadratic in the length, as MicroPython).
///
/// # Errors
/// `MemoryError`, or what the sink raises.
pub fn print_radix(out: &mut dyn Print, neg: bool, m: &[u32], radix: u32, prefix: &str) -> Result<(), Exc> {
    let mut per = 1u32;
    let mut chunk = radix;
    while let Some(c) = chunk.checked_mul(radix) {
        chunk = c;
        per += 1;
    }
    let mut v = Mag::from_slice(m)?;
    let mut text: GcVec<u8> = GcVec::with_capacity(m.len() * 32 / radix.ilog2() as usize + 2)?;
    while !v.is_empty() {
        crate::vm::poll_interrupt()?;
        let mut r = mag::divrem_small(&mut v, chunk);
        for _ in 0..per {
            if v.is_empty() && r == 0 {
                break;
            }
            text.push(b"0123456789abcdefghijklmnopqrstuvwxyz"[(r % radix) as usize])?;
            r /= radix;
        }
    }
    if text.is_empty() {
        text.push(b'0')?;
    }
    if neg {
        out.write(b"-")?;
    }
    out.write_str(prefix)?;
    text.as_mut_slice().reverse();
    out.write(&text)
}

/// Digits (ASCII, validated by the caller, `_` skipped) in `base` as a magnitude.
///
/// # Errors
/// `MemoryError`.
pub fn parse_digits(digits: &[u8], base: u32) -> Result<Mag, Exc> {
    let mut v = Mag::with_capacity(digits.len() * base.ilog2() as usize / 32 + 2)?;
    let mut acc = 0u32;
    let mut mult = 1u32;
    for &c in digits {
        if c == b'_' {
            continue;
        }
        let d = (c as char).to_digit(base).unwrap_or(0);
        acc = acc * base + d;
        mult *= base;
        if mult.checked_mul(base).is_none() {
            // Quadratic in the digits: poll once per pass over `v`.
            crate::vm::poll_interrupt()?;
            mag::mul_add_small(&mut v, mult, acc)?;
            acc = 0;
            mult = 1;
        }
    }
    if mult > 1 {
        mag::mul_add_small(&mut v, mult, acc)?;
    }
    Ok(v)
}

/// `int(f)` for a finite float, exactly.
///
/// # Errors
/// `MemoryError`.
#[cfg(not(mp_float = "none"))]
pub fn from_float(f: super::float::Float) -> Result<Obj, Exc> {
    use super::float::{decompose, M};
    let t = M::trunc(f);
    if t == 0.0 {
        return Ok(Obj::small_int(0));
    }
    let (m, e) = decompose(if t < 0.0 { -t } else { t });
    let p = Parts::from_i64(m as i64);
    let r = if e >= 0 { mag::shl(p.mag(), e as usize)? } else { mag::shr(p.mag(), (-e) as usize)?.0 };
    from_parts(t < 0.0, r)
}

/// The float nearest `±m` (correctly rounded), or `None` when it overflows.
#[cfg(not(mp_float = "none"))]
pub fn to_float(neg: bool, m: &[u32]) -> Option<super::float::Float> {
    let (q, shift, sticky) = top64(m);
    if q == 0 {
        return Some(0.0);
    }
    let v = super::float::parse::round_bits(q, shift.min(i32::MAX as usize) as i32, sticky);
    if v.is_infinite() {
        return None;
    }
    Some(if neg { -v } else { v })
}

/// A magnitude as `q × 2**shift` plus a little (`sticky`): `q` its top 64 bits (all of it
/// when it has no more), `sticky` whether any bit below them is set.
#[cfg(not(mp_float = "none"))]
fn top64(m: &[u32]) -> (u64, usize, bool) {
    let shift = mag::bit_len(m).saturating_sub(64);
    let (w, b) = (shift / 32, (shift % 32) as u32);
    let word = |i: usize| u64::from(m.get(i).copied().unwrap_or(0));
    // Bits `shift..shift + 64`: from three words when `b` is not 0.
    let low = word(w) | (word(w + 1) << 32);
    let q = if b == 0 { low } else { (low >> b) | (word(w + 2) << (64 - b)) };
    let sticky = m[..w.min(m.len())].iter().any(|&d| d != 0) || (b != 0 && word(w) & ((1 << b) - 1) != 0);
    (q, shift, sticky)
}

/// `a / b` correctly rounded, as CPython's `long_true_divide` (`b` nonzero): the quotient
/// scaled to 100 or 101 bits, exactly, then rounded once with the remainder as the sticky
/// bit. `None` when the result is past the largest float.
///
/// # Errors
/// `MemoryError`, `KeyboardInterrupt`.
#[cfg(not(mp_float = "none"))]
pub fn true_divide(a: &Parts, b: &Parts) -> Result<Option<super::float::Float>, Exc> {
    use super::float::{Float, MIN_LSB_EXP};
    let (am, bm) = (a.mag(), b.mag());
    let neg = a.neg != b.neg;
    let signed = |v: Float| if neg { -v } else { v };
    if am.is_empty() {
        return Ok(Some(signed(0.0)));
    }
    // a / b lies in [2**(diff - 1), 2**(diff + 1)).
    let diff = mag::bit_len(am) as i64 - mag::bit_len(bm) as i64;
    if diff > i64::from(Float::MAX_EXP) {
        // At least 2**MAX_EXP: past the largest float.
        return Ok(None);
    }
    if diff < i64::from(MIN_LSB_EXP) - 2 {
        // Below 2**(MIN_LSB_EXP - 2), less than half the smallest subnormal.
        return Ok(Some(signed(0.0)));
    }
    let s = 100 - diff;
    let (q, r) = if s >= 0 {
        mag::divmod(&mag::shl(am, s as usize)?, bm)?
    } else {
        mag::divmod(am, &mag::shl(bm, s.unsigned_abs() as usize)?)?
    };
    let (q, shift, sticky) = top64(&q);
    let v = super::float::parse::round_bits(q, shift as i32 - s as i32, sticky || !r.is_empty());
    Ok((!v.is_infinite()).then(|| signed(v)))
}
