//! The number built-ins: `abs divmod pow round bin hex oct`, and `int`'s methods
//! (`to_bytes`, the classmethod `from_bytes`, CPython's `bit_length` with `int_bit_length`). The `builtins` table lists
//! them; the types themselves are in `obj::{int, float, longint}`.

use core::cmp::Ordering;

use crate::bytecode::BinOp;
use crate::obj::dict::{RomDict, RomEntry};
use crate::obj::exc::{self, Exc};
use crate::obj::fun::{ArgSpec, NativeFn, NativeSpecFn};
use crate::obj::{self, int, tuple, Obj};
use crate::print::StrBuf;

pub static ABS: NativeFn = NativeFn::new(qstr!("abs"), 1, 1, builtin_abs);
pub static DIVMOD: NativeFn = NativeFn::new(qstr!("divmod"), 2, 2, builtin_divmod);
pub static POW: NativeFn = NativeFn::new(qstr!("pow"), 2, 3, builtin_pow);
pub static ROUND: NativeFn = NativeFn::new(qstr!("round"), 1, 2, builtin_round);
pub static BIN: NativeFn = NativeFn::new(qstr!("bin"), 1, 1, builtin_bin);
pub static HEX: NativeFn = NativeFn::new(qstr!("hex"), 1, 1, builtin_hex);
pub static OCT: NativeFn = NativeFn::new(qstr!("oct"), 1, 1, builtin_oct);

#[cfg(mp_feature = "int_bit_length")]
static BIT_LENGTH: NativeFn = NativeFn::new(qstr!("bit_length"), 1, 1, int_bit_length);

/// `to_bytes(length=1, byteorder='big', *, signed=False)`, as MicroPython's.
static TO_BYTES_SPEC: ArgSpec = ArgSpec {
    names: &[qstr!(""), qstr!("length"), qstr!("byteorder"), qstr!("signed")],
    defaults: &[Obj::NULL, Obj::small_int(1), Obj::from_qstr(qstr!("big")), Obj::FALSE],
    n_pos: 3,
    varargs: false,
    varkw: false,
};
static TO_BYTES: NativeSpecFn = NativeSpecFn::new(qstr!("to_bytes"), &TO_BYTES_SPEC, int_to_bytes);

/// `from_bytes(bytes, byteorder='big', signed=False)`: MicroPython takes `signed`
/// positionally (and ignores it), CPython as a keyword; both are accepted and honoured.
static FROM_BYTES_SPEC: ArgSpec = ArgSpec {
    names: &[qstr!(""), qstr!("bytes"), qstr!("byteorder"), qstr!("signed")],
    defaults: &[Obj::NULL, Obj::NULL, Obj::from_qstr(qstr!("big")), Obj::FALSE],
    n_pos: 4,
    varargs: false,
    varkw: false,
};
static FROM_BYTES_FN: NativeSpecFn = NativeSpecFn::new(qstr!("from_bytes"), &FROM_BYTES_SPEC, int_from_bytes);
/// `int.from_bytes`: a classmethod in ROM.
static FROM_BYTES: obj::class::WrapperObj = obj::class::WrapperObj {
    base: obj::repr::ObjBase::new(&obj::class::CLASSMETHOD_TYPE),
    fun: Obj::from_static(&FROM_BYTES_FN),
};

/// `int`'s methods.
pub static INT_LOCALS: RomDict = RomDict::new(&crate::obj::dict::sort_entries([
    #[cfg(mp_feature = "int_bit_length")]
    RomEntry::new(qstr!("bit_length"), Obj::from_static(&BIT_LENGTH)),
    RomEntry::new(qstr!("to_bytes"), Obj::from_static(&TO_BYTES)),
    RomEntry::new(qstr!("from_bytes"), Obj::from_static(&FROM_BYTES)),
]));

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
    Err(exc::type_error_fmt(msg!("unsupported type for __abs__: '{}'"), &[a.ty().name()]))
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
    // A class's own `__divmod__`, then (for another type) the other operand's
    // `__rdivmod__`; `NotImplemented` from either passes on, as for the operators.
    let user = |o: Obj, name, other| -> Result<Option<Obj>, Exc> {
        if o.ty().flags & obj::type_flags::INSTANCE == 0 {
            return Ok(None);
        }
        Ok(special(o, name, &[other])?.filter(|&r| r != obj::class::NOT_IMPLEMENTED))
    };
    if let Some(r) = user(a, qstr!("__divmod__"), b)? {
        return Ok(r);
    }
    if !core::ptr::eq(a.ty(), b.ty()) {
        if let Some(r) = user(b, qstr!("__rdivmod__"), a)? {
            return Ok(r);
        }
    }
    if !divmod_operand(a) || !divmod_operand(b) {
        // MicroPython's message names the operation asked for, not the floor division.
        return Err(exc::new_msg_fmt(
            &exc::TYPE_ERROR,
            msg!("unsupported types for __divmod__: '{}', '{}'"),
            &[a.ty().name(), b.ty().name()],
        ));
    }
    let q = obj::binary_op(BinOp::FloorDiv, a, b)?;
    let r = obj::binary_op(BinOp::Mod, a, b)?;
    tuple::new(&[q, r])
}

/// An int or a float: what `divmod` takes (after a class's own `__divmod__`).
fn divmod_operand(o: Obj) -> bool {
    #[cfg(not(mp_float = "none"))]
    if obj::float::value(o).is_some() {
        return true;
    }
    int::is_int(o)
}

fn builtin_pow(args: &[Obj]) -> Result<Obj, Exc> {
    let [a, b, m] = match args {
        [a, b] => return obj::binary_op(BinOp::Pow, *a, *b),
        [a, b, m] => [*a, *b, *m],
        _ => return Err(exc::arg_count(3, args.len())),
    };
    #[cfg(not(mp_feature = "pow3"))]
    {
        let _ = (a, b, m);
        Err(exc::new_msg(&exc::NOT_IMPLEMENTED_ERROR, msg!("3-arg pow() not supported")))
    }
    #[cfg(mp_feature = "pow3")]
    pow3(a, b, m)
}

/// `pow(a, b, m)`: `a ** b % m` without the huge intermediate.
#[cfg(mp_feature = "pow3")]
fn pow3(a: Obj, b: Obj, m: Obj) -> Result<Obj, Exc> {
    if !(int::is_int(a) && int::is_int(b) && int::is_int(m)) {
        return Err(exc::type_error(msg!("pow() with 3 arguments requires integers")));
    }
    if int::compare(m, Obj::small_int(0)) == Some(Ordering::Equal) {
        return Err(exc::value_error(msg!("divide by zero")));
    }
    // A negative exponent: the inverse of `a` modulo `m` to the power `-b` (CPython's).
    let (a, b) = if int::compare(b, Obj::small_int(0)) == Some(Ordering::Less) {
        (mod_inverse(a, int::abs(m)?)?, obj::unary_op(crate::bytecode::UnaryOp::Neg, b)?)
    } else {
        (a, b)
    };
    #[cfg(mp_longint = "mpz")]
    {
        use crate::obj::longint::{parts, pow_mod};
        let (Some(pa), Some(pb), Some(pm)) = (parts(a), parts(b), parts(m)) else { return Ok(Obj::NONE) };
        pow_mod(&pa, &pb, &pm)
    }
    #[cfg(not(mp_longint = "mpz"))]
    {
        let (x, e, md) = (int::expect_i64(a)?, int::expect_i64(b)?, int::expect_i64(m)?);
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

#[cfg(mp_feature = "pow3")]
/// The inverse of `a` modulo `m > 0` by the extended Euclidean algorithm, on int objects
/// (any longint implementation; `O(log m)` steps).
///
/// # Errors
/// `ValueError: base is not invertible for the given modulus` (CPython's: MicroPython
/// returns 0), `MemoryError`.
fn mod_inverse(a: Obj, m: Obj) -> Result<Obj, Exc> {
    let (mut r0, mut r1) = (obj::binary_op(BinOp::Mod, a, m)?, m);
    let (mut s0, mut s1) = (Obj::small_int(1), Obj::small_int(0));
    while int::compare(r1, Obj::small_int(0)) != Some(Ordering::Equal) {
        crate::vm::poll_interrupt()?;
        let q = obj::binary_op(BinOp::FloorDiv, r0, r1)?;
        let r2 = obj::binary_op(BinOp::Sub, r0, obj::binary_op(BinOp::Mul, q, r1)?)?;
        let s2 = obj::binary_op(BinOp::Sub, s0, obj::binary_op(BinOp::Mul, q, s1)?)?;
        (r0, r1, s0, s1) = (r1, r2, s1, s2);
    }
    if int::compare(r0, Obj::small_int(1)) != Some(Ordering::Equal) {
        return Err(exc::value_error(msg!("base is not invertible for the given modulus")));
    }
    obj::binary_op(BinOp::Mod, s0, m)
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
    let c = int::compare(twice, p).unwrap_or(Ordering::Less);
    let odd = obj::is_true(obj::binary_op(BinOp::Mod, obj::binary_op(BinOp::FloorDiv, down, p)?, Obj::small_int(2))?)?;
    if c == Ordering::Greater || (c == Ordering::Equal && odd) {
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
                int::from_float(M::rint(f)) // halfway: to even
            }
        };
    }
    if a.ty().flags & obj::type_flags::INSTANCE != 0 {
        if let Some(r) = special(a, qstr!("__round__"), &args[1..])? {
            return Ok(r);
        }
    }
    // MicroPython converts to a float first (to an int without floats).
    let to = if cfg!(mp_float = "none") { " to int" } else { " to float" };
    Err(exc::type_error_fmt(msg!("can't convert {}{}"), &[a.ty().name(), to]))
}

/// `bin`/`oct`/`hex`. MicroPython's `bin` formats with `{:#b}`, so a non-int is that
/// format's error (`ValueError: unknown format code 'b' for object of type 'float'`).
fn radix(o: Obj, r: u32, prefix: &str) -> Result<Obj, Exc> {
    if !int::is_int(o) {
        if r == 2 {
            return Err(exc::new_msg_fmt(
                &exc::VALUE_ERROR,
                msg!("unknown format code 'b' for object of type '{}'"),
                &[o.ty().name()],
            ));
        }
        return Err(exc::type_error_fmt(msg!("can't convert {} to int"), &[o.ty().name()]));
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

#[cfg(mp_feature = "int_bit_length")]
fn int_bit_length(args: &[Obj]) -> Result<Obj, Exc> {
    let a = args[0];
    if let Some(v) = int::as_i64(a) {
        return int::from_i64(i64::from(64 - v.unsigned_abs().leading_zeros()));
    }
    #[cfg(mp_longint = "mpz")]
    if let Some(p) = obj::longint::parts(a) {
        return int::from_i64(obj::longint::mag::bit_len(p.mag()) as i64);
    }
    Err(exc::type_error(msg!("can't convert to int")))
}

/// An int's sign and magnitude (little-endian `u32` digits, trimmed); a value that fits an
/// `i64` (every value without mpz) lives in `small`.
fn sign_mag(o: Obj, small: &mut [u32; 2]) -> Option<(bool, &[u32])> {
    #[cfg(mp_longint = "mpz")]
    if let Some(l) = obj::longint::as_long(o) {
        return Some((l.neg, l.digits));
    }
    let v = int::as_i64(o)?;
    let u = v.unsigned_abs();
    *small = [u as u32, (u >> 32) as u32];
    let n = small.iter().rposition(|&d| d != 0).map_or(0, |i| i + 1);
    Some((v < 0, &small[..n]))
}

/// Byte `i` (little-endian) of the magnitude `m`.
fn mag_byte(m: &[u32], i: usize) -> u8 {
    m.get(i / 4).map_or(0, |d| (d >> (8 * (i % 4))) as u8)
}

/// MicroPython's byte order: anything but `'little'` is big-endian.
fn is_little(o: Obj) -> bool {
    obj::str::as_str(o) == Some("little")
}

/// `int.to_bytes`: CPython's result, MicroPython's errors (`-1` needs one byte, even
/// signed).
fn int_to_bytes(args: &[Obj]) -> Result<Obj, Exc> {
    let mut small = [0; 2];
    let Some((neg, m)) = sign_mag(args[0], &mut small) else {
        return Err(exc::wrong_self(&int::INT_TYPE, args[0]));
    };
    let len = int::expect_i64(args[1])?;
    if len < 0 {
        return Err(exc::new(&exc::VALUE_ERROR, &[]));
    }
    let little = is_little(args[2]);
    let signed = obj::is_true(args[3])?;
    if neg && !signed {
        return Err(exc::new_msg(&exc::OVERFLOW_ERROR, msg!("can't convert negative int to unsigned")));
    }
    // The bytes the value needs: its bits, plus a sign bit when signed. A negative value
    // -m needs the bits of m - 1 plus the sign bit.
    let bits = m.last().map_or(0, |&t| 32 * m.len() - t.leading_zeros() as usize);
    let need = if neg {
        let pow2 = m.last().is_some_and(|t| t.is_power_of_two()) && m[..m.len() - 1].iter().all(|&d| d == 0);
        (if pow2 { bits - 1 } else { bits }) / 8 + 1
    } else if signed && bits > 0 {
        bits / 8 + 1
    } else {
        bits.div_ceil(8)
    };
    let len = usize::try_from(len).unwrap_or(usize::MAX);
    if need > len {
        let mut b = [0u8; 24];
        let n = crate::print::int_str(len as i64, &mut b);
        return Err(exc::new_msg_fmt(&exc::OVERFLOW_ERROR, msg!("value would overflow a {} byte buffer"), &[n]));
    }
    let mut out = crate::gc::GcVec::with_capacity(len)?;
    // Two's complement of a negative value: invert, and add one from the lowest byte up.
    let mut carry = u16::from(neg);
    for _ in 0..len {
        out.push(0u8)?;
    }
    for i in 0..len {
        let mut b = mag_byte(m, i);
        if neg {
            let t = u16::from(!b) + carry;
            b = t as u8;
            carry = t >> 8;
        }
        let at = if little { i } else { len - 1 - i };
        out.as_mut_slice()[at] = b;
    }
    obj::bytes::from_gcvec(out)
}

/// `int.from_bytes(bytes, byteorder, signed)`: always an `int` (the class is ignored, as
/// MicroPython does).
fn int_from_bytes(args: &[Obj]) -> Result<Obj, Exc> {
    let buf = obj::buffer::get_or_raise(args[1])?.bytes();
    let little = is_little(args[2]);
    let signed = obj::is_true(args[3])?;
    let n = buf.len();
    // Byte `i` of the value, little-endian.
    let byte = |i: usize| if little { buf[i] } else { buf[n - 1 - i] };
    let neg = signed && n > 0 && byte(n - 1) & 0x80 != 0;
    // The magnitude's bytes: a negative value's two's complement, negated (invert, add one
    // from the lowest byte up: the carry runs through the low zero bytes only).
    let first_nonzero = (0..n).find(|&i| byte(i) != 0).unwrap_or(n);
    let mag = |i: usize| -> u8 {
        let b = byte(i);
        match (neg, i.cmp(&first_nonzero)) {
            (false, _) => b,
            (true, Ordering::Less) => 0,
            (true, Ordering::Equal) => (!b).wrapping_add(1),
            (true, Ordering::Greater) => !b,
        }
    };
    let used = (0..n).rev().find(|&i| mag(i) != 0).map_or(0, |i| i + 1);
    if used <= 8 {
        let u = (0..used).rev().fold(0u64, |u, i| (u << 8) | u64::from(mag(i)));
        if !neg {
            return int::from_u64(u);
        }
        if u <= 1 << 63 {
            return int::from_i64((u as i64).wrapping_neg());
        }
    }
    #[cfg(mp_longint = "mpz")]
    {
        let mut digits = obj::longint::mag::Mag::with_capacity(used.div_ceil(4))?;
        for w in 0..used.div_ceil(4) {
            let d =
                (0..4).fold(0u32, |d, k| d | u32::from(if 4 * w + k < used { mag(4 * w + k) } else { 0 }) << (8 * k));
            digits.push(d)?;
        }
        obj::longint::from_parts(neg, digits)
    }
    #[cfg(not(mp_longint = "mpz"))]
    Err(exc::overflow())
}
