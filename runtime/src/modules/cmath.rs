//! `cmath` (board.toml `[modules] builtin = ["cmath"]`, with `complex`): complex square
//! root, exponential, logarithm, trigonometry and polar coordinates.

use crate::obj::complex::{self, ComplexObj};
use crate::obj::dict::{RomDict, RomEntry};
use crate::obj::exc::{self, Exc};
use crate::obj::float::{self, fmath, Float, FloatObj, FLOAT_TYPE, M};
use crate::obj::fun::NativeFn;
use crate::obj::module::Module;
use crate::obj::repr::ObjBase;
use crate::obj::{tuple, Obj};

pub static MODULE: Module = Module::new(qstr!("cmath"), &GLOBALS);

static PI: FloatObj = FloatObj { base: ObjBase::new(&FLOAT_TYPE), value: core::f64::consts::PI as Float };
static E: FloatObj = FloatObj { base: ObjBase::new(&FLOAT_TYPE), value: core::f64::consts::E as Float };

macro_rules! natives {
    ($($id:ident = $name:expr, $min:expr, $max:expr, $f:ident;)*) => {
        $(static $id: NativeFn = NativeFn::new($name, $min, $max, $f);)*
    };
}

natives! {
    SQRT = qstr!("sqrt"), 1, 1, cmath_sqrt;
    EXP = qstr!("exp"), 1, 1, cmath_exp;
    LOG = qstr!("log"), 1, 1, cmath_log;
    LOG10 = qstr!("log10"), 1, 1, cmath_log10;
    COS = qstr!("cos"), 1, 1, cmath_cos;
    SIN = qstr!("sin"), 1, 1, cmath_sin;
    PHASE = qstr!("phase"), 1, 1, cmath_phase;
    POLAR = qstr!("polar"), 1, 1, cmath_polar;
    RECT = qstr!("rect"), 2, 2, cmath_rect;
}

static GLOBALS: RomDict = RomDict::new(&crate::obj::dict::sort_entries([
    RomEntry::new(qstr!("__name__"), Obj::from_qstr(qstr!("cmath"))),
    RomEntry::new(qstr!("pi"), Obj::from_static(&PI)),
    RomEntry::new(qstr!("e"), Obj::from_static(&E)),
    RomEntry::new(qstr!("sqrt"), Obj::from_static(&SQRT)),
    RomEntry::new(qstr!("exp"), Obj::from_static(&EXP)),
    RomEntry::new(qstr!("log"), Obj::from_static(&LOG)),
    RomEntry::new(qstr!("log10"), Obj::from_static(&LOG10)),
    RomEntry::new(qstr!("cos"), Obj::from_static(&COS)),
    RomEntry::new(qstr!("sin"), Obj::from_static(&SIN)),
    RomEntry::new(qstr!("phase"), Obj::from_static(&PHASE)),
    RomEntry::new(qstr!("polar"), Obj::from_static(&POLAR)),
    RomEntry::new(qstr!("rect"), Obj::from_static(&RECT)),
]));

fn z(o: Obj) -> Result<(Float, Float), Exc> {
    if let Some(c) = o.downcast::<ComplexObj>() {
        return Ok((c.re, c.im));
    }
    match float::as_float(o)? {
        Some(f) => Ok((f, 0.0)),
        None => Err(exc::type_error_fmt(msg!("can't convert {} to complex"), &[o.ty().name()])),
    }
}

fn cmath_sqrt(args: &[Obj]) -> Result<Obj, Exc> {
    let (re, im) = z(args[0])?;
    let r = fmath::hypot(re, im);
    if r == 0.0 {
        return complex::new(0.0, im);
    }
    let t = M::sqrt((r + M::fabs(re)) / 2.0);
    if re >= 0.0 {
        complex::new(t, im / (2.0 * t))
    } else {
        complex::new(M::fabs(im) / (2.0 * t), M::copysign(t, im))
    }
}

fn cmath_exp(args: &[Obj]) -> Result<Obj, Exc> {
    let (re, im) = z(args[0])?;
    let e = M::exp(re);
    complex::new(e * fmath::cos(im), e * fmath::sin(im))
}

fn cmath_log(args: &[Obj]) -> Result<Obj, Exc> {
    let (re, im) = z(args[0])?;
    complex::new(M::log(fmath::hypot(re, im)), M::atan2(im, re))
}

fn cmath_log10(args: &[Obj]) -> Result<Obj, Exc> {
    let (re, im) = z(args[0])?;
    let l10 = core::f64::consts::LN_10 as Float;
    complex::new(M::log(fmath::hypot(re, im)) / l10, M::atan2(im, re) / l10)
}

fn cmath_cos(args: &[Obj]) -> Result<Obj, Exc> {
    let (re, im) = z(args[0])?;
    complex::new(fmath::cos(re) * M::cosh(im), -fmath::sin(re) * M::sinh(im))
}

fn cmath_sin(args: &[Obj]) -> Result<Obj, Exc> {
    let (re, im) = z(args[0])?;
    complex::new(fmath::sin(re) * M::cosh(im), fmath::cos(re) * M::sinh(im))
}

fn cmath_phase(args: &[Obj]) -> Result<Obj, Exc> {
    let (re, im) = z(args[0])?;
    float::new(M::atan2(im, re))
}

fn cmath_polar(args: &[Obj]) -> Result<Obj, Exc> {
    let (re, im) = z(args[0])?;
    tuple::new(&[float::new(fmath::hypot(re, im))?, float::new(M::atan2(im, re))?])
}

fn cmath_rect(args: &[Obj]) -> Result<Obj, Exc> {
    let r = float::expect(args[0])?;
    let phi = float::expect(args[1])?;
    complex::new(r * fmath::cos(phi), r * fmath::sin(phi))
}
