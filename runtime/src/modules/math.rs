//! `math` (board.toml `[modules] builtin = ["math"]`, with a float type): MicroPython's
//! set at the board's precision, on the `libm` crate. A result that is NaN or infinite
//! from a finite argument raises `ValueError: math domain error`, as MicroPython does.

use crate::obj::dict::{RomDict, RomEntry};
use crate::obj::exc::{self, Exc};
use crate::obj::float::{self, fmath, Float, FloatObj, FLOAT_TYPE, M};
use crate::obj::fun::{NativeFn, NativeKwFn};
use crate::obj::module::Module;
use crate::obj::repr::ObjBase;
use crate::obj::{int, tuple, Args, Obj};

pub static MODULE: Module = Module::new(qstr!("math"), &GLOBALS);

const fn constant(value: Float) -> FloatObj {
    FloatObj { base: ObjBase::new(&FLOAT_TYPE), value }
}

static PI: FloatObj = constant(core::f64::consts::PI as Float);
static E: FloatObj = constant(core::f64::consts::E as Float);
static TAU: FloatObj = constant(core::f64::consts::TAU as Float);
static INF: FloatObj = constant(Float::INFINITY);
static NAN: FloatObj = constant(Float::NAN);

fn arg(o: Obj) -> Result<Float, Exc> {
    float::expect(o)
}

#[cold]
fn domain_error() -> Exc {
    exc::value_error(msg!("math domain error"))
}

/// The result of `f(x)`, checked as MicroPython's `math_error`.
fn checked(x: Float, r: Float) -> Result<Obj, Exc> {
    if (r.is_nan() && !x.is_nan()) || (r.is_infinite() && x.is_finite()) {
        return Err(domain_error());
    }
    float::new(r)
}

macro_rules! math1 {
    ($($id:ident = $name:expr, $f:path;)*) => {
        $(
            static $id: NativeFn = NativeFn::new($name, 1, 1, {
                fn f(args: &[Obj]) -> Result<Obj, Exc> {
                    let x = arg(args[0])?;
                    checked(x, $f(x))
                }
                f
            });
        )*
    };
}

math1! {
    SQRT = qstr!("sqrt"), M::sqrt;
    EXP = qstr!("exp"), M::exp;
    EXPM1 = qstr!("expm1"), M::expm1;
    LOG2 = qstr!("log2"), M::log2;
    LOG10 = qstr!("log10"), M::log10;
    COS = qstr!("cos"), fmath::cos;
    SIN = qstr!("sin"), fmath::sin;
    TAN = qstr!("tan"), fmath::tan;
    ACOS = qstr!("acos"), M::acos;
    ASIN = qstr!("asin"), fmath::asin;
    ATAN = qstr!("atan"), M::atan;
    COSH = qstr!("cosh"), M::cosh;
    SINH = qstr!("sinh"), M::sinh;
    TANH = qstr!("tanh"), M::tanh;
    ACOSH = qstr!("acosh"), M::acosh;
    ASINH = qstr!("asinh"), M::asinh;
    ATANH = qstr!("atanh"), M::atanh;
    FABS = qstr!("fabs"), M::fabs;
    ERF = qstr!("erf"), M::erf;
    ERFC = qstr!("erfc"), M::erfc;
    LGAMMA = qstr!("lgamma"), fmath::lgamma;
}

static GAMMA: NativeFn = NativeFn::new(qstr!("gamma"), 1, 1, |args| {
    let x = arg(args[0])?;
    checked(x, tgamma(x))
});

/// Γ(x) at double precision: `libm`'s `tgamma`.
#[cfg(not(mp_float = "float"))]
fn tgamma(x: Float) -> Float {
    M::tgamma(x)
}

/// Γ(x) at single precision without `libm`'s `tgammaf`, which works in `f64`: on a
/// single-precision FPU that was 7 KB of software floating point for this one function.
/// For 0 < x < 36 the recurrence Γ(x) = (x - 1)·Γ(x - 1) brings x into [1, 2), where
/// Γ = e^lgamma with |lgamma| < 0.13, so the exponential does not magnify lgamma's error
/// (a few units in the last place, against up to 50 for e^lgamma(x) at x = 30, which is
/// what MicroPython's single-precision `libm` computes). Elsewhere ±e^lgamma(x).
#[cfg(mp_float = "float")]
fn tgamma(x: Float) -> Float {
    if x == Float::NEG_INFINITY {
        return Float::NAN;
    }
    if x > 0.0 && x < 36.0 {
        let (mut r, mut p) = (x, 1.0);
        while r >= 2.0 {
            r -= 1.0;
            p *= r;
        }
        if r < 1.0 {
            p /= r;
            r += 1.0;
        }
        return p * M::exp(fmath::lgamma_r(r).0);
    }
    let (y, sign) = fmath::lgamma_r(x);
    let r = M::exp(y);
    if sign < 0 {
        -r
    } else {
        r
    }
}

macro_rules! natives {
    ($($id:ident = $name:expr, $min:expr, $max:expr, $f:ident;)*) => {
        $(static $id: NativeFn = NativeFn::new($name, $min, $max, $f);)*
    };
}

natives! {
    LOG = qstr!("log"), 1, 2, math_log;
    POW = qstr!("pow"), 2, 2, math_pow;
    ATAN2 = qstr!("atan2"), 2, 2, math_atan2;
    FMOD = qstr!("fmod"), 2, 2, math_fmod;
    COPYSIGN = qstr!("copysign"), 2, 2, math_copysign;
    LDEXP = qstr!("ldexp"), 2, 2, math_ldexp;
    FREXP = qstr!("frexp"), 1, 1, math_frexp;
    MODF = qstr!("modf"), 1, 1, math_modf;
    CEIL = qstr!("ceil"), 1, 1, math_ceil;
    FLOOR = qstr!("floor"), 1, 1, math_floor;
    TRUNC = qstr!("trunc"), 1, 1, math_trunc;
    ISFINITE = qstr!("isfinite"), 1, 1, math_isfinite;
    ISINF = qstr!("isinf"), 1, 1, math_isinf;
    ISNAN = qstr!("isnan"), 1, 1, math_isnan;
    DEGREES = qstr!("degrees"), 1, 1, math_degrees;
    RADIANS = qstr!("radians"), 1, 1, math_radians;
    FACTORIAL = qstr!("factorial"), 1, 1, math_factorial;
    GCD = qstr!("gcd"), 0, NativeFn::VARARGS, math_gcd;
}
static ISCLOSE: NativeKwFn = NativeKwFn::new(qstr!("isclose"), math_isclose);

static GLOBALS: RomDict = RomDict::new(&crate::obj::dict::sort_entries([
    RomEntry::new(qstr!("__name__"), Obj::from_qstr(qstr!("math"))),
    RomEntry::new(qstr!("pi"), Obj::from_static(&PI)),
    RomEntry::new(qstr!("e"), Obj::from_static(&E)),
    RomEntry::new(qstr!("tau"), Obj::from_static(&TAU)),
    RomEntry::new(qstr!("inf"), Obj::from_static(&INF)),
    RomEntry::new(qstr!("nan"), Obj::from_static(&NAN)),
    RomEntry::new(qstr!("sqrt"), Obj::from_static(&SQRT)),
    RomEntry::new(qstr!("exp"), Obj::from_static(&EXP)),
    RomEntry::new(qstr!("expm1"), Obj::from_static(&EXPM1)),
    RomEntry::new(qstr!("log"), Obj::from_static(&LOG)),
    RomEntry::new(qstr!("log2"), Obj::from_static(&LOG2)),
    RomEntry::new(qstr!("log10"), Obj::from_static(&LOG10)),
    RomEntry::new(qstr!("pow"), Obj::from_static(&POW)),
    RomEntry::new(qstr!("cos"), Obj::from_static(&COS)),
    RomEntry::new(qstr!("sin"), Obj::from_static(&SIN)),
    RomEntry::new(qstr!("tan"), Obj::from_static(&TAN)),
    RomEntry::new(qstr!("acos"), Obj::from_static(&ACOS)),
    RomEntry::new(qstr!("asin"), Obj::from_static(&ASIN)),
    RomEntry::new(qstr!("atan"), Obj::from_static(&ATAN)),
    RomEntry::new(qstr!("atan2"), Obj::from_static(&ATAN2)),
    RomEntry::new(qstr!("cosh"), Obj::from_static(&COSH)),
    RomEntry::new(qstr!("sinh"), Obj::from_static(&SINH)),
    RomEntry::new(qstr!("tanh"), Obj::from_static(&TANH)),
    RomEntry::new(qstr!("acosh"), Obj::from_static(&ACOSH)),
    RomEntry::new(qstr!("asinh"), Obj::from_static(&ASINH)),
    RomEntry::new(qstr!("atanh"), Obj::from_static(&ATANH)),
    RomEntry::new(qstr!("fabs"), Obj::from_static(&FABS)),
    RomEntry::new(qstr!("erf"), Obj::from_static(&ERF)),
    RomEntry::new(qstr!("erfc"), Obj::from_static(&ERFC)),
    RomEntry::new(qstr!("gamma"), Obj::from_static(&GAMMA)),
    RomEntry::new(qstr!("lgamma"), Obj::from_static(&LGAMMA)),
    RomEntry::new(qstr!("fmod"), Obj::from_static(&FMOD)),
    RomEntry::new(qstr!("copysign"), Obj::from_static(&COPYSIGN)),
    RomEntry::new(qstr!("ldexp"), Obj::from_static(&LDEXP)),
    RomEntry::new(qstr!("frexp"), Obj::from_static(&FREXP)),
    RomEntry::new(qstr!("modf"), Obj::from_static(&MODF)),
    RomEntry::new(qstr!("ceil"), Obj::from_static(&CEIL)),
    RomEntry::new(qstr!("floor"), Obj::from_static(&FLOOR)),
    RomEntry::new(qstr!("trunc"), Obj::from_static(&TRUNC)),
    RomEntry::new(qstr!("isfinite"), Obj::from_static(&ISFINITE)),
    RomEntry::new(qstr!("isinf"), Obj::from_static(&ISINF)),
    RomEntry::new(qstr!("isnan"), Obj::from_static(&ISNAN)),
    RomEntry::new(qstr!("isclose"), Obj::from_static(&ISCLOSE)),
    RomEntry::new(qstr!("degrees"), Obj::from_static(&DEGREES)),
    RomEntry::new(qstr!("radians"), Obj::from_static(&RADIANS)),
    RomEntry::new(qstr!("factorial"), Obj::from_static(&FACTORIAL)),
    RomEntry::new(qstr!("gcd"), Obj::from_static(&GCD)),
]));

fn math_log(args: &[Obj]) -> Result<Obj, Exc> {
    let x = arg(args[0])?;
    if x <= 0.0 {
        return Err(domain_error());
    }
    let l = M::log(x);
    match args.get(1) {
        None => checked(x, l),
        Some(&b) => {
            let b = arg(b)?;
            if b <= 0.0 {
                return Err(domain_error());
            }
            let lb = M::log(b);
            if lb == 0.0 {
                return Err(exc::zero_division());
            }
            checked(x, l / lb)
        }
    }
}

fn math_pow(args: &[Obj]) -> Result<Obj, Exc> {
    let (x, y) = (arg(args[0])?, arg(args[1])?);
    if x == 0.0 && y < 0.0 || x < 0.0 && y != M::floor(y) && y.is_finite() {
        return Err(domain_error());
    }
    float::new(M::pow(x, y))
}

fn math_atan2(args: &[Obj]) -> Result<Obj, Exc> {
    float::new(M::atan2(arg(args[0])?, arg(args[1])?))
}

fn math_fmod(args: &[Obj]) -> Result<Obj, Exc> {
    let (x, y) = (arg(args[0])?, arg(args[1])?);
    if y == 0.0 || x.is_infinite() {
        return Err(domain_error());
    }
    float::new(M::fmod(x, y))
}

fn math_copysign(args: &[Obj]) -> Result<Obj, Exc> {
    float::new(M::copysign(arg(args[0])?, arg(args[1])?))
}

fn math_ldexp(args: &[Obj]) -> Result<Obj, Exc> {
    let x = arg(args[0])?;
    let e = int::expect_i64(args[1])?.clamp(-10_000, 10_000) as i32;
    checked(x, M::scalbn(x, e))
}

fn math_frexp(args: &[Obj]) -> Result<Obj, Exc> {
    let (m, e) = M::frexp(arg(args[0])?);
    tuple::new(&[float::new(m)?, int::from_i64(i64::from(e))?])
}

fn math_modf(args: &[Obj]) -> Result<Obj, Exc> {
    let x = arg(args[0])?;
    let i = M::trunc(x);
    let f = if x.is_infinite() { M::copysign(0.0, x) } else { M::copysign(x - i, x) };
    tuple::new(&[float::new(f)?, float::new(i)?])
}

fn to_int_by(o: Obj, f: fn(Float) -> Float) -> Result<Obj, Exc> {
    if int::is_int(o) {
        return Ok(o);
    }
    int::from_float(f(arg(o)?))
}

fn math_ceil(args: &[Obj]) -> Result<Obj, Exc> {
    to_int_by(args[0], M::ceil)
}

fn math_floor(args: &[Obj]) -> Result<Obj, Exc> {
    to_int_by(args[0], M::floor)
}

fn math_trunc(args: &[Obj]) -> Result<Obj, Exc> {
    to_int_by(args[0], M::trunc)
}

fn math_isfinite(args: &[Obj]) -> Result<Obj, Exc> {
    Ok(Obj::from_bool(arg(args[0])?.is_finite()))
}

fn math_isinf(args: &[Obj]) -> Result<Obj, Exc> {
    Ok(Obj::from_bool(arg(args[0])?.is_infinite()))
}

fn math_isnan(args: &[Obj]) -> Result<Obj, Exc> {
    Ok(Obj::from_bool(arg(args[0])?.is_nan()))
}

fn math_degrees(args: &[Obj]) -> Result<Obj, Exc> {
    float::new(arg(args[0])? * (180.0 / core::f64::consts::PI) as Float)
}

fn math_radians(args: &[Obj]) -> Result<Obj, Exc> {
    float::new(arg(args[0])? * (core::f64::consts::PI / 180.0) as Float)
}

fn math_factorial(args: &[Obj]) -> Result<Obj, Exc> {
    let n = int::expect_i64(args[0])?;
    if n < 0 {
        return Err(exc::value_error(msg!("negative factorial")));
    }
    let mut acc = Obj::small_int(1);
    for i in 2..=n {
        crate::vm::poll_interrupt()?;
        acc = crate::obj::binary_op(crate::bytecode::BinOp::Mul, acc, int::from_i64(i)?)?;
    }
    Ok(acc)
}

fn math_gcd(args: &[Obj]) -> Result<Obj, Exc> {
    use crate::bytecode::BinOp;
    let mut g = Obj::small_int(0);
    for &a in args {
        if !int::is_int(a) {
            return Err(exc::type_error_fmt(msg!("can't convert {} to int"), &[a.ty().name()]));
        }
        let mut x = int::abs(a)?;
        let mut y = g;
        while y != Obj::small_int(0) {
            crate::vm::poll_interrupt()?;
            let r = crate::obj::binary_op(BinOp::Mod, x, y)?;
            x = y;
            y = r;
        }
        g = x;
    }
    Ok(g)
}

fn math_isclose(args: Args<'_>) -> Result<Obj, Exc> {
    let [a, b] = args.pos else {
        return Err(exc::type_error(msg!("isclose() takes 2 positional arguments")));
    };
    let (a, b) = (arg(*a)?, arg(*b)?);
    let mut rel: Float = 1e-9;
    let mut abs: Float = 0.0;
    for (k, v) in args.kw_pairs() {
        if crate::obj::str::eq_qstr(k, qstr!("rel_tol")) {
            rel = arg(v)?;
        } else if crate::obj::str::eq_qstr(k, qstr!("abs_tol")) {
            abs = arg(v)?;
        } else {
            return Err(exc::unexpected_kw(k));
        }
    }
    if rel < 0.0 || abs < 0.0 {
        return Err(exc::value_error(msg!("tolerances must be non-negative")));
    }
    if a == b {
        return Ok(Obj::TRUE);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Obj::FALSE);
    }
    let d = M::fabs(b - a);
    Ok(Obj::from_bool(d <= M::fabs(rel * b) || d <= M::fabs(rel * a) || d <= abs))
}
