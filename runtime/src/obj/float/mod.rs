//! `float`: a boxed `f64` (board.toml `float = "double"`) or `f32` (`float = "float"`, the
//! Cortex-M4's FPU), compared exactly with ints, hashed like equal ints, printed and
//! parsed by the runtime's own exact conversions (`fmt`, `parse`).

mod big;
pub mod fmt;
#[cfg(mp_float = "float")]
pub mod mathf;
pub mod mp32;
pub mod parse;

use crate::obj::TypeExt;
use core::cmp::Ordering;

use super::repr::{ObjBase, PyObj};
use super::{exc, int, Obj, Type};
use crate::bytecode::{BinOp, UnaryOp};
use crate::gc;
use crate::print::{Print, PrintKind};
use exc::Exc;

#[cfg(mp_float = "double")]
pub type Float = f64;
#[cfg(mp_float = "float")]
pub type Float = f32;

/// libm's functions at the board's precision.
pub type M = libm::Libm<Float>;

/// sin, cos, tan, asin, hypot and lgamma at the board's precision: `libm`'s at double
/// precision; at single precision [`mathf`]'s, in `f32` arithmetic only (`libm`'s compute in
/// `f64`, software floating point on a single-precision FPU).
#[cfg(mp_float = "double")]
pub mod fmath {
    pub use libm::{asin, cos, hypot, lgamma, lgamma_r, sin, tan};
}
#[cfg(mp_float = "float")]
pub use mathf as fmath;

/// The exponent of the lowest bit of the smallest subnormal.
#[cfg(mp_float = "double")]
pub const MIN_LSB_EXP: i32 = -1074;
#[cfg(mp_float = "float")]
pub const MIN_LSB_EXP: i32 = -149;
const MANT: u32 = Float::MANTISSA_DIGITS - 1;
const EXP_MASK: u64 = if MANT == 52 { 0x7ff } else { 0xff };

#[cfg(mp_float = "double")]
fn to_bits(x: Float) -> u64 {
    x.to_bits()
}
#[cfg(mp_float = "float")]
fn to_bits(x: Float) -> u64 {
    u64::from(x.to_bits())
}

#[cfg(mp_float = "double")]
fn from_bits(b: u64) -> Float {
    f64::from_bits(b)
}
#[cfg(mp_float = "float")]
fn from_bits(b: u64) -> Float {
    f32::from_bits(b as u32)
}

/// `(m, e)` with `|x| = m × 2**e` and `m` holding the hidden bit (finite, nonzero `x`).
pub fn decompose(x: Float) -> (u64, i32) {
    let b = to_bits(x);
    let e = ((b >> MANT) & EXP_MASK) as i32;
    let frac = b & ((1 << MANT) - 1);
    if e == 0 {
        (frac, MIN_LSB_EXP)
    } else {
        (frac | (1 << MANT), e - 1 + MIN_LSB_EXP)
    }
}

/// `m × 2**lsb`, where `m < 2**(MANT + 2)` and `lsb >= MIN_LSB_EXP` (a subnormal when `m`
/// is short at the lowest exponent); infinity past the largest float.
pub fn compose(mut m: u64, mut lsb: i32) -> Float {
    while m >= 1 << (MANT + 1) {
        m >>= 1;
        lsb += 1;
    }
    if m == 0 {
        return 0.0;
    }
    if m < 1 << MANT {
        return from_bits(m);
    }
    let e = (lsb - MIN_LSB_EXP + 1) as u64;
    if e >= EXP_MASK {
        return Float::INFINITY;
    }
    from_bits((e << MANT) | (m & ((1 << MANT) - 1)))
}

/// The float nearest the IEEE double with bits `b` (`f64::from_bits(b) as Float`): at
/// single precision without the library's `__aeabi_d2f`, the 53-bit significand rounded by
/// the exact conversions' `round_bits`.
pub fn from_f64_bits(b: u64) -> Float {
    #[cfg(mp_float = "double")]
    return f64::from_bits(b);
    #[cfg(mp_float = "float")]
    {
        let e = ((b >> 52) & 0x7ff) as i32;
        let frac = b & ((1 << 52) - 1);
        let v = if e == 0x7ff {
            if frac != 0 {
                Float::NAN
            } else {
                Float::INFINITY
            }
        } else if e == 0 && frac == 0 {
            0.0
        } else if e == 0 {
            parse::round_bits(frac, -1074, false)
        } else {
            parse::round_bits(frac | 1 << 52, e - 1075, false)
        };
        if b >> 63 != 0 {
            -v
        } else {
            v
        }
    }
}

/// The IEEE double bits of `x` (`(x as f64).to_bits()`): at single precision exact and
/// without `__aeabi_f2d`, since every `f32` is a normal double (a NaN keeps its payload).
pub fn to_f64_bits(x: Float) -> u64 {
    #[cfg(mp_float = "double")]
    return x.to_bits();
    #[cfg(mp_float = "float")]
    {
        let b = x.to_bits();
        let sign = u64::from(b >> 31) << 63;
        if !x.is_finite() {
            return sign | 0x7ff0_0000_0000_0000 | u64::from(b & 0x7f_ffff) << 29;
        }
        if x == 0.0 {
            return sign;
        }
        let (m, e) = decompose(x);
        // The top bit to bit 52, the double's hidden bit.
        let shift = m.leading_zeros() - 11;
        let biased = (e - shift as i32 + 52 + 1023) as u64;
        sign | biased << 52 | ((m << shift) & ((1 << 52) - 1))
    }
}

#[repr(C)]
pub struct FloatObj {
    pub base: ObjBase,
    pub value: Float,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `FLOAT_TYPE` objects are `FloatObj`s.
unsafe impl PyObj for FloatObj {
    const TYPE: Option<&'static Type> = Some(&FLOAT_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &FLOAT_TYPE)
    }
}

pub static FLOAT_TYPE: Type = Type {
    name: qstr!("float"),
    make_new: Some(float_make_new),
    print: Some(float_print),
    ext: Some(&TypeExt { unary_op: Some(float_unary_op), binary_op: Some(float_binary_op), ..TypeExt::EMPTY }),
    ..Type::EMPTY
};

/// A float object.
///
/// # Errors
/// `MemoryError`.
pub fn new(v: Float) -> Result<Obj, Exc> {
    Ok(Obj::from_ref(gc::new(FloatObj { base: ObjBase::new(&FLOAT_TYPE), value: v })?))
}

/// The value of a float object (or of a float subclass's instance).
#[inline]
pub fn value(o: Obj) -> Option<Float> {
    o.downcast::<FloatObj>().map(|f| f.value)
}

/// The value of a float, int or bool as a float.
///
/// # Errors
/// `OverflowError` for an int too large for a float.
pub fn as_float(o: Obj) -> Result<Option<Float>, Exc> {
    if let Some(v) = value(o) {
        return Ok(Some(v));
    }
    int::to_float(o)
}

/// The value of a number as a float, or `TypeError: can't convert X to float`.
///
/// # Errors
/// `TypeError`, `OverflowError`.
pub fn expect(o: Obj) -> Result<Float, Exc> {
    as_float(o)?.ok_or_else(|| exc::type_error_fmt(msg!("can't convert {} to float"), &[o.ty().name()]))
}

fn float_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    fmt::print_repr(value(o).unwrap_or(0.0), out)
}

fn float_make_new(_ty: &'static Type, args: super::Args<'_>) -> Result<Obj, Exc> {
    match args.no_kw()? {
        [] => new(0.0),
        [x] => {
            if value(*x).is_some() {
                return Ok(*x);
            }
            if let Some(s) = super::str::as_str_bytes(*x) {
                return match parse::parse(s) {
                    Some(v) => new(v),
                    None => Err(exc::value_error(msg!("invalid syntax for number"))),
                };
            }
            new(expect(*x)?)
        }
        a => Err(exc::at_most_args(1, a.len())),
    }
}

fn float_unary_op(op: UnaryOp, a: Obj) -> Result<Obj, Exc> {
    let Some(x) = value(a) else { return Ok(Obj::NULL) };
    match op {
        UnaryOp::Pos => new(x),
        UnaryOp::Neg => new(-x),
        UnaryOp::Not => Ok(Obj::from_bool(x == 0.0)),
        UnaryOp::Invert => Ok(Obj::NULL),
    }
}

/// Python's `divmod` for floats: `(floor(x / y), x mod y)` with the sign of `y`.
///
/// # Errors
/// `ZeroDivisionError`.
pub fn divmod(x: Float, y: Float) -> Result<(Float, Float), Exc> {
    if y == 0.0 {
        return Err(exc::zero_division());
    }
    let mut m = M::fmod(x, y);
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = M::copysign(0.0, y);
    }
    let q = if div != 0.0 {
        let f = M::floor(div);
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        M::copysign(0.0, x / y)
    };
    Ok((q, m))
}

/// `x ** y` as Python computes it for floats.
///
/// # Errors
/// `ZeroDivisionError` for `0.0 ** negative`; a negative base with a fractional exponent
/// gives a complex when complex is enabled, else `ValueError`.
pub fn pow(x: Float, y: Float) -> Result<Obj, Exc> {
    if x == 0.0 && y < 0.0 {
        return Err(exc::zero_division());
    }
    if x < 0.0 && y != M::floor(y) && y.is_finite() {
        #[cfg(mp_feature = "complex")]
        return super::complex::pow_values(x, 0.0, y, 0.0);
        #[cfg(not(mp_feature = "complex"))]
        return Err(exc::value_error(msg!("math domain error")));
    }
    new(M::pow(x, y))
}

/// `x op y` for two floats.
///
/// # Errors
/// `ZeroDivisionError`.
pub fn op_values(op: BinOp, x: Float, y: Float) -> Result<Obj, Exc> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(exc::zero_division());
            }
            x / y
        }
        BinOp::FloorDiv => divmod(x, y)?.0,
        BinOp::Mod => divmod(x, y)?.1,
        BinOp::Pow => return pow(x, y),
        BinOp::Lt => return Ok(Obj::from_bool(x < y)),
        BinOp::Le => return Ok(Obj::from_bool(x <= y)),
        BinOp::Gt => return Ok(Obj::from_bool(x > y)),
        BinOp::Ge => return Ok(Obj::from_bool(x >= y)),
        BinOp::Eq => return Ok(Obj::from_bool(x == y)),
        BinOp::Ne => return Ok(Obj::from_bool(x != y)),
        _ => return Ok(Obj::NULL),
    };
    new(r)
}

fn is_compare(op: BinOp) -> bool {
    matches!(op, BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge | BinOp::Eq | BinOp::Ne)
}

fn ord_result(op: BinOp, ord: Option<Ordering>) -> Obj {
    let Some(o) = ord else { return Obj::from_bool(op == BinOp::Ne) };
    Obj::from_bool(match op {
        BinOp::Lt => o == Ordering::Less,
        BinOp::Le => o != Ordering::Greater,
        BinOp::Gt => o == Ordering::Greater,
        BinOp::Ge => o != Ordering::Less,
        BinOp::Eq => o == Ordering::Equal,
        _ => o != Ordering::Equal,
    })
}

/// `a op b` where `a` is a float and `b` any object; `NULL` when `b` is not a number.
///
/// # Errors
/// `ZeroDivisionError`, `OverflowError` (an int too large for a float).
pub fn float_binary_op(op: BinOp, a: Obj, b: Obj) -> Result<Obj, Exc> {
    let Some(x) = value(a) else { return Ok(Obj::NULL) };
    if let Some(y) = value(b) {
        return op_values(op, x, y);
    }
    if int::is_int(b) {
        if is_compare(op) {
            // Exactly, as CPython compares ints and floats.
            return Ok(ord_result(op, int::cmp_float(b, x)?.map(Ordering::reverse)));
        }
        if let Some(y) = int::to_float(b)? {
            return op_values(op, x, y);
        }
    }
    #[cfg(mp_feature = "complex")]
    if super::complex::is_complex(b) {
        return super::complex::binary_op_with_real(op, x, b);
    }
    Ok(Obj::NULL)
}

/// `a op b` for an int `a` and a float `b` (the int side of mixed arithmetic).
///
/// # Errors
/// As [`float_binary_op`].
pub fn int_op_float(op: BinOp, a: Obj, y: Float) -> Result<Obj, Exc> {
    if is_compare(op) {
        return Ok(ord_result(op, int::cmp_float(a, y)?));
    }
    match int::to_float(a)? {
        Some(x) => op_values(op, x, y),
        None => Ok(Obj::NULL),
    }
}

/// A hash equal to the hash of an equal int (`hash(2.0) == hash(2)`).
pub fn hash(x: Float) -> u32 {
    if x.is_finite() && x == M::trunc(x) {
        let (m, e) = if x == 0.0 { (0, 0) } else { decompose(x) };
        let low = if e >= 0 {
            if e >= 64 {
                0
            } else {
                (m << e) as u32
            }
        } else {
            (m >> (-e).min(63)) as u32
        };
        return if x < 0.0 { low.wrapping_neg() } else { low };
    }
    let b = to_bits(x);
    (b ^ (b >> 32)) as u32
}

/// `round(x, ndigits)` at single precision: MicroPython's `nearbyint(x * 10**n) / 10**n` in
/// `f32`, so a board prints what MicroPython prints there (`round(2.675, 2)` is `2.68`, the
/// product rounding up to the tie). Where `10**n` overflows or underflows, which MicroPython
/// turns into `nan`, the result is CPython's: `x` itself, or a zero of `x`'s sign.
///
/// # Errors
/// `MemoryError`.
#[cfg(mp_float = "float")]
pub fn round_digits(x: Float, nd: i64) -> Result<Obj, Exc> {
    let mult = M::pow(10.0, nd.clamp(-400, 400) as Float);
    let scaled = x * mult;
    if !x.is_finite() || x == 0.0 || !scaled.is_finite() {
        return new(x);
    }
    if mult == 0.0 {
        return new(M::copysign(0.0, x));
    }
    new(M::rint(scaled) / mult)
}

/// `round(x, ndigits)`: round half to even at `ndigits` decimal places (exact, through the
/// formatter's digits, as CPython rounds the exact value).
///
/// # Errors
/// `MemoryError`.
#[cfg(not(mp_float = "float"))]
pub fn round_digits(x: Float, nd: i64) -> Result<Obj, Exc> {
    if !x.is_finite() || x == 0.0 {
        return new(x);
    }
    let nd = nd.clamp(-400, 400) as i32;
    let mut d = fmt::exact(if x < 0.0 { -x } else { x });
    d.round_to(d.exp + nd);
    if d.is_zero() {
        return new(M::copysign(0.0, x));
    }
    let v = parse::to_float(&d.d[..d.n], d.exp - d.n as i32);
    new(if x < 0.0 { -v } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn f64_bits_round_trip_as_casts() {
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut doubles =
            vec![0u64, 1, 0x000f_ffff_ffff_ffff, 0x0010_0000_0000_0000, 0x7fef_ffff_ffff_ffff, 0x7ff0_0000_0000_0000];
        doubles.extend([
            0x36a0_0000_0000_0000,
            0x3690_0000_0000_0000,
            0x3690_0000_0000_0001,
            0x47ef_ffff_e000_0000,
            0x47ef_ffff_f000_0000,
            0x3ff0_0000_1000_0000,
            0x3ff0_0000_3000_0000,
        ]);
        for _ in 0..200_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            doubles.push(x);
            // Near the single-precision range, where the rounding matters.
            doubles.push((x & 0x800f_ffff_ffff_ffff) | (u64::from((x >> 52) as u32 % 300 + 1023 - 150) << 52));
        }
        for &d in &doubles {
            for b in [d, d | 1 << 63] {
                let want = f64::from_bits(b) as Float;
                let got = from_f64_bits(b);
                assert!(got.to_bits() == want.to_bits() || (got.is_nan() && want.is_nan()), "{b:#x}");
                if !want.is_nan() {
                    assert_eq!(to_f64_bits(want), (want as f64).to_bits(), "{b:#x}");
                }
            }
        }
    }

    /// Double precision's exact conversions (single precision has MicroPython's, `mp32`).
    #[cfg(mp_float = "double")]
    #[test]
    fn parse_and_format_round_trip() {
        assert_eq!(parse::to_float(b"1", 0), 1.0);
        assert_eq!(parse::parse_decimal(b"1.0"), Some(1.0));
        assert_eq!(parse::parse_decimal(b"0.1"), Some(0.1));
        assert_eq!(parse::parse_decimal(b"2.5e-3"), Some(2.5e-3));
        assert_eq!(parse::parse_decimal(b"1.7976931348623157e308"), Some(1.7976931348623157e308));
        assert_eq!(parse::parse_decimal(b"5e-324"), Some(5e-324));
        assert_eq!(parse::parse_decimal(b"1e400"), Some(Float::INFINITY));
    }
}
