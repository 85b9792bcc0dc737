//! The number built-ins: `abs divmod pow round bin hex oct`, and `int`'s methods. The
//! `builtins` table lists them; the types themselves are in `obj::{int, float, longint}`.

use crate::bytecode::BinOp;
use crate::obj::dict::{RomDict, RomEntry};
use crate::obj::exc::{self, Exc};
use crate::obj::fun::NativeFn;
use crate::obj::{self, int, tuple, Obj};
use crate::print::StrBuf;

pub static ABS: NativeFn = NativeFn::new(qstr!("abs"), 1, 1, builtin_abs);
pub static DIVMOD: NativeFn = NativeFn::new(qstr!("divmod"), 2, 2, builtin_divmod);
pub static POW: NativeFn = NativeFn::new(qstr!("pow"), 2, 3, builtin_pow);
pub static ROUND: NativeFn = NativeFn::new(qstr!("round"), 1, 2, builtin_round);
pub static BIN: NativeFn = NativeFn::new(qstr!("bin"), 1, 1, builtin_bin);
pub static HEX: NativeFn = NativeFn::new(qstr!("hex"), 1, 1, builtin_hex);
pub static OCT: NativeFn = NativeFn::new(qstr!("oct"), 1, 1, builtin_oct);

static BIT_LENGTH: NativeFn = NativeFn::new(qstr!("bit_length"), 1, 1, int_bit_length);

/// `int`'s methods.
pub static INT_LOCALS: RomDict =
    RomDict::new(&crate::obj::dict::sort_entries([RomEntry::new(qstr!("bit_length"), Obj::from_static(&BIT_LENGTH))]));

fn builtin_abs(args: &[Obj]) -> Result<Obj, Exc> {
    let a = args[0];
    if int::is_int(a) {
        let r = int::abs(a)?;
        if !r.is_null() {
            return Ok(r);
        }
    }
    #[cfg(not(mp_float = "none"))]
    if let Some(f) = obj::float::value(a) {
        return obj::float::new(obj::float::M::fabs(f));
    }
    #[cfg(all(mp_feature = "complex", not(mp_float = "none")))]
    if obj::complex::is_complex(a) {
        return obj::complex::abs(a);
    }
    if a.ty().flags & obj::type_flags::INSTANCE != 0 {
        if let Some(r) = special(a, qstr!("__abs__"), &[])? {
            return Ok(r);
        }
    }
    Err(exc::unsupported_unary(crate::bytecode::UnaryOp::Neg, a))
}

/// Call `a.name(*args)` when the instance's class defines it.
fn special(a: Obj, name: crate::qstr::Qstr, args: &[Obj]) -> Result<Option<Obj>, Exc> {
    let f = obj::lookup_attr(a, name)?;
    if f.is_null() {
        return Ok(None);
    }
    obj::call(f, args).map(Some)
}

fn builtin_divmod(args: &[Obj]) -> Result<Obj, Exc> {
    let (a, b) = (args[0], args[1]);
    #[cfg(not(mp_float = "none"))]
    if obj::float::value(a).is_some() || obj::float::value(b).is_some() {
        if let (Some(x), Some(y)) = (obj::float::as_float(a)?, obj::float::as_float(b)?) {
            let (q, r) = obj::float::divmod(x, y)?;
            return tuple::new(&[obj::float::new(q)?, obj::float::new(r)?]);
        }
    }
    let q = obj::binary_op(BinOp::FloorDiv, a, b)?;
    let r = obj::binary_op(BinOp::Mod, a, b)?;
    tuple::new(&[q, r])
}

fn builtin_pow(args: &[Obj]) -> Result<Obj, Exc> {
    let [a, b, m] = match args {
        [a, b] => return obj::binary_op(BinOp::Pow, *a, *b),
        [a, b, m] => [*a, *b, *m],
        _ => return Err(exc::arg_count(3, args.len())),
    };
    if !(int::is_int(a) && int::is_int(b) && int::is_int(m)) {
        return Err(exc::type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    #[cfg(mp_longint = "mpz")]
    {
        use crate::obj::longint::{parts, pow_mod};
        let (Some(pa), Some(pb), Some(pm)) = (parts(a), parts(b), parts(m)) else { return Ok(Obj::NONE) };
        pow_mod(&pa, &pb, &pm)
    }
    #[cfg(not(mp_longint = "mpz"))]
    {
        let (x, e, md) = (int::expect_i64(a)?, int::expect_i64(b)?, int::expect_i64(m)?);
        if md == 0 {
            return Err(exc::value_error("divide by zero"));
        }
        if e < 0 {
            return Err(exc::type_error("pow() with negative exponent and modulus not supported"));
        }
        let um = i128::from(md).unsigned_abs();
        let mut base = i128::from(x).rem_euclid(um as i128) as u128;
        let mut r: u128 = 1 % um;
        let mut e = e as u64;
        while e > 0 {
            if e & 1 == 1 {
                r = r * base % um;
            }
            base = base * base % um;
            e >>= 1;
        }
        let r = r as i64;
        int::from_i64(if md < 0 && r != 0 { r + md } else { r })
    }
}

/// `round(int, n)`: half to even at 10**-n (`n < 0`).
fn round_int(a: Obj, n: i64) -> Result<Obj, Exc> {
    if n >= 0 {
        return Ok(a);
    }
    let p = obj::binary_op(BinOp::Pow, Obj::small_int(10), int::from_i64(-n)?)?;
    let r = obj::binary_op(BinOp::Mod, a, p)?;
    let down = obj::binary_op(BinOp::Sub, a, r)?;
    let twice = obj::binary_op(BinOp::Mul, r, Obj::small_int(2))?;
    let c = int::compare(twice, p).unwrap_or(core::cmp::Ordering::Less);
    let odd = obj::is_true(obj::binary_op(BinOp::Mod, obj::binary_op(BinOp::FloorDiv, down, p)?, Obj::small_int(2))?)?;
    if c == core::cmp::Ordering::Greater || (c == core::cmp::Ordering::Equal && odd) {
        return obj::binary_op(BinOp::Add, down, p);
    }
    Ok(down)
}

fn builtin_round(args: &[Obj]) -> Result<Obj, Exc> {
    let a = args[0];
    let nd = match args.get(1) {
        Some(&n) if n != Obj::NONE => Some(int::expect_i64(n)?),
        _ => None,
    };
    if int::is_int(a) {
        return round_int(a, nd.unwrap_or(0));
    }
    #[cfg(not(mp_float = "none"))]
    if let Some(f) = obj::float::value(a) {
        use obj::float::M;
        return match nd {
            Some(n) => obj::float::round_digits(f, n),
            None => {
                if !f.is_finite() {
                    return int::from_float(f); // the errors of int(inf), int(nan)
                }
                let r = M::round(f);
                // Halfway: to even.
                let r = if M::fabs(f - M::trunc(f)) == 0.5 { 2.0 * M::round(f / 2.0) } else { r };
                int::from_float(r)
            }
        };
    }
    if a.ty().flags & obj::type_flags::INSTANCE != 0 {
        if let Some(r) = special(a, qstr!("__round__"), &args[1..])? {
            return Ok(r);
        }
    }
    Err(exc::type_error_fmt("can't convert ", a.ty().name(), " to int"))
}

fn radix(o: Obj, r: u32, prefix: &str) -> Result<Obj, Exc> {
    if !int::is_int(o) {
        return Err(exc::type_error_fmt("can't convert ", o.ty().name(), " to int"));
    }
    let mut b = StrBuf::new();
    int::print_radix(o, &mut b, r, prefix)?;
    obj::str::from_gcvec(b.buf)
}

fn builtin_bin(args: &[Obj]) -> Result<Obj, Exc> {
    radix(args[0], 2, "0b")
}

fn builtin_hex(args: &[Obj]) -> Result<Obj, Exc> {
    radix(args[0], 16, "0x")
}

fn builtin_oct(args: &[Obj]) -> Result<Obj, Exc> {
    radix(args[0], 8, "0o")
}

fn int_bit_length(args: &[Obj]) -> Result<Obj, Exc> {
    let a = args[0];
    if let Some(v) = int::as_i64(a) {
        return int::from_i64(i64::from(64 - v.unsigned_abs().leading_zeros()));
    }
    #[cfg(mp_longint = "mpz")]
    if let Some(p) = obj::longint::parts(a) {
        return int::from_i64(obj::longint::mag::bit_len(p.mag()) as i64);
    }
    Err(exc::type_error("can't convert to int"))
}
