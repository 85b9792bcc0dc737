//! `complex` (board.toml `complex = true` with a float type): two floats, CPython's
//! arithmetic and printing, `.real`, `.imag`, `conjugate()`.

use super::float::{self, fmath, Float, M};
use super::repr::{ObjBase, PyObj};
use super::{exc, int, Obj, Type};
use crate::bytecode::{BinOp, UnaryOp};
use crate::gc;
use crate::obj::TypeExt;
use crate::print::{Print, PrintKind};
use crate::qstr::Qstr;
use exc::Exc;

#[repr(C)]
pub struct ComplexObj {
    pub base: ObjBase,
    pub re: Float,
    pub im: Float,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `COMPLEX_TYPE` objects are `ComplexObj`s.
unsafe impl PyObj for ComplexObj {
    const TYPE: Option<&'static Type> = Some(&COMPLEX_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &COMPLEX_TYPE)
    }
}

#[cfg(mp_feature = "complex_conjugate")]
static CONJUGATE: super::fun::NativeFn = super::fun::NativeFn::new(qstr!("conjugate"), 1, 1, complex_conjugate);
#[cfg(mp_feature = "complex_conjugate")]
static LOCALS: super::dict::RomDict =
    super::dict::RomDict::new(&crate::obj::dict::sort_entries([super::dict::RomEntry::new(
        qstr!("conjugate"),
        Obj::from_static(&CONJUGATE),
    )]));

pub static COMPLEX_TYPE: Type = Type {
    name: qstr!("complex"),
    make_new: Some(complex_make_new),
    print: Some(complex_print),
    attr: Some(complex_attr),
    #[cfg(mp_feature = "complex_conjugate")]
    locals: Some(&LOCALS),
    ext: Some(&TypeExt { unary_op: Some(complex_unary_op), binary_op: Some(complex_binary_op), ..TypeExt::EMPTY }),
    ..Type::EMPTY
};

/// # Errors
/// `MemoryError`.
pub fn new(re: Float, im: Float) -> Result<Obj, Exc> {
    Ok(Obj::from_ref(gc::new(ComplexObj { base: ObjBase::new(&COMPLEX_TYPE), re, im })?))
}

pub fn is_complex(o: Obj) -> bool {
    o.downcast::<ComplexObj>().is_some()
}

fn parts(o: Obj) -> Result<Option<(Float, Float)>, Exc> {
    if let Some(c) = o.downcast::<ComplexObj>() {
        return Ok(Some((c.re, c.im)));
    }
    Ok(float::as_float(o)?.map(|f| (f, 0.0)))
}

pub fn is_true(o: Obj) -> bool {
    o.downcast::<ComplexObj>().is_some_and(|c| c.re != 0.0 || c.im != 0.0)
}

pub fn hash(o: Obj) -> Option<u32> {
    let c = o.downcast::<ComplexObj>()?;
    let h = float::hash(c.re);
    Some(if c.im == 0.0 { h } else { h ^ float::hash(c.im).wrapping_mul(1_000_003) })
}

/// `abs(z)`.
///
/// # Errors
/// `MemoryError`.
pub fn abs(o: Obj) -> Result<Obj, Exc> {
    let c = o.downcast::<ComplexObj>().ok_or_else(|| exc::type_error(msg!("complex expected")))?;
    float::new(fmath::hypot(c.re, c.im))
}

fn print_part(x: Float, out: &mut dyn Print, sign: bool) -> Result<(), Exc> {
    let mut b = float::fmt::Buf::new();
    let mut spec = float::fmt::Spec::REPR;
    if sign {
        spec.sign = b'+';
    }
    float::fmt::format(x, spec, &mut b);
    let t = b.as_bytes();
    out.write(t.strip_suffix(b".0").unwrap_or(t))
}

fn complex_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    let Some(c) = o.downcast::<ComplexObj>() else { return Ok(()) };
    if c.re == 0.0 && c.re.is_sign_positive() {
        print_part(c.im, out, false)?;
        return out.write(b"j");
    }
    out.write(b"(")?;
    print_part(c.re, out, false)?;
    print_part(c.im, out, true)?;
    out.write(b"j)")
}

fn complex_make_new(_ty: &'static Type, args: super::Args<'_>) -> Result<Obj, Exc> {
    let args = args.no_kw()?;
    if args.len() > 2 {
        return Err(exc::at_most_args(2, args.len()));
    }
    // `complex('1+2j')`: a string alone (MicroPython's and CPython's rule).
    if let [s] = args {
        if let Some(text) = super::str::as_str_bytes(*s) {
            let (re, im) = parse(text).ok_or_else(|| exc::value_error(msg!("invalid syntax for number")))?;
            return new(re, im);
        }
    }
    let get = |i: usize| -> Result<(Float, Float), Exc> {
        match args.get(i) {
            None => Ok((0.0, 0.0)),
            Some(&x) => {
                parts(x)?.ok_or_else(|| exc::type_error_fmt(msg!("can't convert {} to complex"), &[x.ty().name()]))
            }
        }
    };
    let (ar, ai) = get(0)?;
    let (br, bi) = get(1)?;
    // complex(a, b) == a + b*1j, keeping the sign of a real part given as is.
    let re = if args.get(1).is_some_and(|&b| is_complex(b)) { ar - bi } else { ar };
    let im = if args.first().is_some_and(|&a| is_complex(a)) { ai + br } else { br };
    new(re, im)
}

/// `complex(s)`'s syntax: spaces, optionally parentheses, then a real number, an
/// imaginary one (`2j`, `j`, `-j`) or both (`1+2j`, `-1.5e3-2j`), no spaces inside.
fn parse(text: &[u8]) -> Option<(Float, Float)> {
    let mut s = text.trim_ascii();
    if let [b'(', inner @ .., b')'] = s {
        s = inner.trim_ascii();
    }
    let imag = |t: &[u8]| -> Option<Float> {
        match t {
            b"" | b"+" => Some(1.0),
            b"-" => Some(-1.0),
            _ => float::parse::parse(t).filter(|_| !t.iter().any(u8::is_ascii_whitespace)),
        }
    };
    let (last, body) = s.split_last()?;
    if *last | 0x20 != b'j' {
        return float::parse::parse(s).filter(|_| !s.iter().any(u8::is_ascii_whitespace)).map(|re| (re, 0.0));
    }
    // The sign that starts the imaginary part: the last `+`/`-` that is not the first
    // character and not an exponent's.
    let split = (1..body.len()).rev().find(|&i| matches!(body[i], b'+' | b'-') && body[i - 1] | 0x20 != b'e');
    match split {
        None => Some((0.0, imag(body)?)),
        Some(i) => {
            let re = float::parse::parse(&body[..i]).filter(|_| !body[..i].iter().any(u8::is_ascii_whitespace))?;
            Some((re, imag(&body[i..])?))
        }
    }
}

fn complex_attr(o: Obj, name: Qstr) -> Result<Obj, Exc> {
    let Some(c) = o.downcast::<ComplexObj>() else { return Ok(Obj::NULL) };
    if name == qstr!("real") {
        return float::new(c.re);
    }
    if name == qstr!("imag") {
        return float::new(c.im);
    }
    Ok(Obj::NULL)
}

#[cfg(mp_feature = "complex_conjugate")]
fn complex_conjugate(args: &[Obj]) -> Result<Obj, Exc> {
    match args[0].downcast::<ComplexObj>() {
        Some(c) => new(c.re, -c.im),
        None => Err(exc::type_error(msg!("complex expected"))),
    }
}

fn complex_unary_op(op: UnaryOp, a: Obj) -> Result<Obj, Exc> {
    let Some(c) = a.downcast::<ComplexObj>() else { return Ok(Obj::NULL) };
    match op {
        UnaryOp::Pos => new(c.re, c.im),
        UnaryOp::Neg => new(-c.re, -c.im),
        UnaryOp::Not => Ok(Obj::from_bool(c.re == 0.0 && c.im == 0.0)),
        UnaryOp::Invert => Ok(Obj::NULL),
    }
}

/// `a ** b` for complexes.
///
/// # Errors
/// `ZeroDivisionError` for zero to a negative or complex power.
pub fn pow_values(ar: Float, ai: Float, br: Float, bi: Float) -> Result<Obj, Exc> {
    if br == 0.0 && bi == 0.0 {
        return new(1.0, 0.0);
    }
    if ar == 0.0 && ai == 0.0 {
        if bi != 0.0 || br < 0.0 {
            return Err(exc::new_msg(&exc::ZERO_DIVISION_ERROR, msg!("0.0 to a complex power")));
        }
        return new(0.0, 0.0);
    }
    if bi == 0.0 && br == M::trunc(br) && M::fabs(br) <= 100.0 {
        // Small integral powers by repeated multiplication, as CPython.
        let (mut rr, mut ri) = (1.0, 0.0);
        let (mut xr, mut xi) = (ar, ai);
        let mut n = M::fabs(br) as u32;
        while n > 0 {
            if n & 1 == 1 {
                (rr, ri) = (rr * xr - ri * xi, rr * xi + ri * xr);
            }
            (xr, xi) = (xr * xr - xi * xi, 2.0 * xr * xi);
            n >>= 1;
        }
        if br < 0.0 {
            return div(1.0, 0.0, rr, ri);
        }
        return new(rr, ri);
    }
    let vabs = fmath::hypot(ar, ai);
    let len = M::pow(vabs, br);
    let at = M::atan2(ai, ar);
    let mut phase = at * br;
    let mut len = len;
    if bi != 0.0 {
        len /= M::exp(at * bi);
        phase += bi * M::log(vabs);
    }
    new(len * fmath::cos(phase), len * fmath::sin(phase))
}

fn div(ar: Float, ai: Float, br: Float, bi: Float) -> Result<Obj, Exc> {
    if br == 0.0 && bi == 0.0 {
        return Err(exc::new_msg(&exc::ZERO_DIVISION_ERROR, msg!("complex divide by zero")));
    }
    // Smith's algorithm (as CPython).
    if M::fabs(br) >= M::fabs(bi) {
        let ratio = bi / br;
        let den = br + bi * ratio;
        new((ar + ai * ratio) / den, (ai - ar * ratio) / den)
    } else {
        let ratio = br / bi;
        let den = br * ratio + bi;
        new((ar * ratio + ai) / den, (ai * ratio - ar) / den)
    }
}

fn op_values(op: BinOp, (ar, ai): (Float, Float), (br, bi): (Float, Float)) -> Result<Obj, Exc> {
    match op {
        BinOp::Add => new(ar + br, ai + bi),
        BinOp::Sub => new(ar - br, ai - bi),
        BinOp::Mul => new(ar * br - ai * bi, ar * bi + ai * br),
        BinOp::TrueDiv => div(ar, ai, br, bi),
        BinOp::Pow => pow_values(ar, ai, br, bi),
        BinOp::Eq => Ok(Obj::from_bool(ar == br && ai == bi)),
        BinOp::Ne => Ok(Obj::from_bool(ar != br || ai != bi)),
        _ => Ok(Obj::NULL),
    }
}

fn complex_binary_op(op: BinOp, a: Obj, b: Obj) -> Result<Obj, Exc> {
    let (Some(x), Some(y)) = (parts(a)?, parts(b)?) else { return Ok(Obj::NULL) };
    if !is_complex(a) && !int::is_int(b) && float::value(b).is_none() && !is_complex(b) {
        return Ok(Obj::NULL);
    }
    op_values(op, x, y)
}

/// `x op b` for a real `x` (int or float) and a complex `b`.
///
/// # Errors
/// `ZeroDivisionError`, `MemoryError`.
pub fn binary_op_with_real(op: BinOp, x: Float, b: Obj) -> Result<Obj, Exc> {
    match parts(b)? {
        Some(y) => op_values(op, (x, 0.0), y),
        None => Ok(Obj::NULL),
    }
}
