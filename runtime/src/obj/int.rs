//! `int`: small ints live in the `Obj` word; past them, board.toml's `longint` decides:
//! `"mpz"` promotes to arbitrary precision (`obj::longint`), `"longlong"` to a boxed `i64`
//! (then `OverflowError`), `"none"` raises `OverflowError`.

use crate::obj::TypeExt;
use core::cmp::Ordering;

use super::{exc, str as pystr, Obj, Type};
use crate::bytecode::{BinOp, UnaryOp};
use crate::print::{self, Print, PrintKind};
use exc::Exc;

#[cfg(mp_longint = "mpz")]
use super::longint;

pub static INT_TYPE: Type = Type {
    name: qstr!("int"),
    make_new: Some(int_make_new),
    print: Some(int_print),
    locals: Some(&crate::modules::builtins_num::INT_LOCALS),
    ext: Some(&TypeExt { unary_op: Some(int_unary_op), binary_op: Some(int_binary_op), ..TypeExt::EMPTY }),
    ..Type::EMPTY
};

/// A 64-bit int outside the small-int range (board.toml `longint = "longlong"`).
#[cfg(mp_longint = "longlong")]
#[repr(C)]
pub struct LongLongObj {
    pub base: super::ObjBase,
    pub value: i64,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; pointer `Obj`s of `INT_TYPE` are `LongLongObj`s.
#[cfg(mp_longint = "longlong")]
unsafe impl super::PyObj for LongLongObj {
    const TYPE: Option<&'static Type> = Some(&INT_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &INT_TYPE)
    }
}

/// An int object for `v`.
///
/// # Errors
/// `OverflowError` when `v` does not fit a small int and there are no long ints;
/// `MemoryError`.
#[inline]
pub fn from_i64(v: i64) -> Result<Obj, Exc> {
    if Obj::fits_small_int(v) {
        Ok(Obj::small_int(v as isize))
    } else {
        from_i64_boxed(v)
    }
}

#[cold]
fn from_i64_boxed(v: i64) -> Result<Obj, Exc> {
    #[cfg(mp_longint = "mpz")]
    return longint::from_i64(v);
    #[cfg(mp_longint = "longlong")]
    return Ok(Obj::from_ref(crate::gc::new(LongLongObj { base: super::ObjBase::new(&INT_TYPE), value: v })?));
    #[cfg(mp_longint = "none")]
    {
        let _ = v;
        Err(exc::overflow())
    }
}

/// An int for a `u64` (above `i64::MAX` only with mpz).
///
/// # Errors
/// `OverflowError`, `MemoryError`.
pub fn from_u64(v: u64) -> Result<Obj, Exc> {
    if let Ok(i) = i64::try_from(v) {
        return from_i64(i);
    }
    #[cfg(mp_longint = "mpz")]
    return longint::from_parts(false, crate::gc::GcVec::from_slice(&[v as u32, (v >> 32) as u32])?);
    #[cfg(not(mp_longint = "mpz"))]
    Err(exc::overflow())
}

/// The value of an int or bool, when it fits an `i64`.
pub fn as_i64(o: Obj) -> Option<i64> {
    if o.is_small_int() {
        Some(o.small_int_value() as i64)
    } else if o == Obj::TRUE {
        Some(1)
    } else if o == Obj::FALSE {
        Some(0)
    } else {
        #[cfg(mp_longint = "mpz")]
        if let Some(l) = longint::as_long(o) {
            return longint::to_i64(l);
        }
        #[cfg(mp_longint = "longlong")]
        if let Some(l) = o.downcast::<LongLongObj>() {
            return Some(l.value);
        }
        // An instance of a subclass of int: its built-in part.
        let n = super::class::native_part(o);
        if n.is_null() || n == o {
            None
        } else {
            as_i64(n)
        }
    }
}

/// The word `int_binary_op` computes in: `i64` with 64-bit long ints (their values are
/// `i64`s), else the machine word. With arbitrary-precision ints a result that does not
/// fit a word goes to the long-int code, so on a 32-bit MCU the arithmetic needs no 64-bit
/// division or multiplication code (MicroPython's small-int fast path does the same).
#[cfg(mp_longint = "longlong")]
pub type Word = i64;
#[cfg(not(mp_longint = "longlong"))]
pub type Word = isize;

/// The value of an int or bool as a [`Word`]: every int with 64-bit long ints; a small int
/// (or bool, or an int subclass's such part) otherwise, long ints going to their own code.
#[inline]
fn as_word(o: Obj) -> Option<Word> {
    #[cfg(mp_longint = "longlong")]
    return as_i64(o);
    #[cfg(not(mp_longint = "longlong"))]
    {
        if o.is_small_int() {
            Some(o.small_int_value())
        } else if o == Obj::TRUE {
            Some(1)
        } else if o == Obj::FALSE {
            Some(0)
        } else {
            let n = super::class::native_part(o);
            if n.is_small_int() {
                Some(n.small_int_value())
            } else {
                None
            }
        }
    }
}

/// `w` as an `i64` (exact: a word has at most 64 bits).
#[inline]
#[allow(clippy::unnecessary_cast)] // `Word` is `i64` on some boards, `isize` on others
fn widen(w: Word) -> i64 {
    w as i64
}

/// Whether `o` is an int (or bool, or an int subclass's instance).
pub fn is_int(o: Obj) -> bool {
    o.is_small_int() || o == Obj::TRUE || o == Obj::FALSE || super::is_instance(o, &INT_TYPE)
}

/// The value of an int, or a `TypeError` naming what was given.
///
/// # Errors
/// `TypeError: can't convert X to int`; `OverflowError` for an int past 64 bits.
pub fn expect_i64(o: Obj) -> Result<i64, Exc> {
    match as_i64(o) {
        Some(v) => Ok(v),
        None if is_int(o) => {
            Err(exc::new_msg(&exc::OVERFLOW_ERROR, msg!("overflow converting long int to machine word")))
        }
        None => Err(exc::type_error_fmt(msg!("can't convert {} to int"), &[o.ty().name()])),
    }
}

/// The value of at most two digits (a shift count, an exponent).
pub fn mag_to_i64(m: &[u32]) -> i64 {
    let u = u64::from(m.first().copied().unwrap_or(0)) | (u64::from(m.get(1).copied().unwrap_or(0)) << 32);
    u.min(i64::MAX as u64) as i64
}

/// A Python index into a sequence of `len` items (negative counts from the end).
///
/// # Errors
/// `TypeError` for a non-int, `IndexError(msg)` when out of range.
pub fn index_of(index: Obj, len: usize, msg: crate::msg::Msg) -> Result<usize, Exc> {
    let Some(i) = as_i64(index) else {
        if is_int(index) {
            return Err(exc::index_error(msg));
        }
        return Err(exc::type_error(msg!("indices must be integers")));
    };
    let i = if i < 0 { i + len as i64 } else { i };
    if i < 0 || i >= len as i64 {
        return Err(exc::index_error(msg));
    }
    Ok(i as usize)
}

/// A hash equal for equal ints and floats.
pub fn hash(o: Obj) -> Option<u32> {
    if let Some(v) = as_i64(o) {
        return Some(v as u32);
    }
    #[cfg(mp_longint = "mpz")]
    if let Some(l) = longint::as_long(o) {
        return Some(longint::hash(l));
    }
    None
}

/// Print an int in `radix` after `prefix` (`-0x1f`).
///
/// # Errors
/// As `Print::write`; `TypeError` for a non-int.
pub fn print_radix(o: Obj, out: &mut dyn Print, radix: u32, prefix: &str) -> Result<(), Exc> {
    if let Some(v) = as_i64(o) {
        return print::print_int_radix(out, v, radix, prefix);
    }
    #[cfg(mp_longint = "mpz")]
    if let Some(p) = longint::parts(o) {
        return longint::print_radix(out, p.neg, p.mag(), radix, prefix);
    }
    Err(exc::type_error_fmt(msg!("can't convert {} to int"), &[o.ty().name()]))
}

fn int_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    if let Some(v) = as_i64(o) {
        return print::print_int(out, v);
    }
    print_radix(o, out, 10, "")
}

/// The text `int()` parses: a str, or the bytes of a bytes-like object (MicroPython takes
/// `int(b'12')` too); `None` for anything else. Bytes that are not UTF-8 cannot be a
/// number: `ValueError`.
fn text_of(x: Obj) -> Result<Option<&'static str>, Exc> {
    if let Some(s) = pystr::as_str(x) {
        return Ok(Some(s));
    }
    match super::buffer::bytes_of(x) {
        Some(b) => crate::obj::unicode::as_utf8(b)
            .map(Some)
            .ok_or_else(|| exc::value_error(msg!("invalid syntax for integer"))),
        None => Ok(None),
    }
}

fn int_make_new(_ty: &'static Type, args: super::Args<'_>) -> Result<Obj, Exc> {
    let args = args.no_kw()?;
    match args {
        [] => Ok(Obj::small_int(0)),
        [x] => {
            if is_int(*x) {
                return match as_i64(*x) {
                    Some(v) => from_i64(v),
                    None => Ok(super::class::native_part(*x)).map(|n| if n.is_null() { *x } else { n }),
                };
            }
            #[cfg(not(mp_float = "none"))]
            if let Some(f) = super::float::value(*x) {
                return from_float(f);
            }
            match text_of(*x)? {
                Some(s) => parse(s, 10),
                None => Err(exc::type_error_fmt(msg!("can't convert {} to int"), &[x.ty().name()])),
            }
        }
        [x, base] => {
            let b = expect_i64(*base)?;
            // With a base, a str or bytes only (MicroPython's `mp_obj_str_get_data`).
            let text =
                if super::bytes::as_bytes(*x).is_some() || pystr::as_str(*x).is_some() { text_of(*x)? } else { None };
            let Some(s) = text else {
                return Err(exc::type_error_fmt(msg!("can't convert '{}' object to str implicitly"), &[x.ty().name()]));
            };
            if b != 0 && !(2..=36).contains(&b) {
                return Err(exc::value_error(msg!("int() arg 2 must be >= 2 and <= 36")));
            }
            parse(s, b as u32)
        }
        a => Err(exc::at_most_args(2, a.len())),
    }
}

/// `int(f)`: truncation towards zero.
///
/// # Errors
/// `OverflowError` for infinity (and past the long-int range), `ValueError` for NaN.
#[cfg(not(mp_float = "none"))]
pub fn from_float(f: super::float::Float) -> Result<Obj, Exc> {
    if f.is_nan() {
        return Err(exc::value_error(msg!("can't convert NaN to int")));
    }
    if f.is_infinite() {
        return Err(exc::new_msg(&exc::OVERFLOW_ERROR, msg!("can't convert inf to int")));
    }
    let t = super::float::M::trunc(f);
    if t.abs() < 9.0e18 {
        return from_i64(t as i64);
    }
    #[cfg(mp_longint = "mpz")]
    return longint::from_float(t);
    #[cfg(not(mp_longint = "mpz"))]
    Err(exc::overflow())
}

/// An int as a float (`None` for a non-int).
///
/// # Errors
/// `OverflowError: int too large to convert to float`.
#[cfg(not(mp_float = "none"))]
pub fn to_float(o: Obj) -> Result<Option<super::float::Float>, Exc> {
    if let Some(v) = as_i64(o) {
        return Ok(Some(v as super::float::Float));
    }
    #[cfg(mp_longint = "mpz")]
    if let Some(p) = longint::parts(o) {
        return match longint::to_float(p.neg, p.mag()) {
            Some(f) => Ok(Some(f)),
            None => Err(exc::new_msg(&exc::OVERFLOW_ERROR, msg!("int too large to convert to float"))),
        };
    }
    Ok(None)
}

/// Compare the int `a` with the float `f` exactly (`None` when `f` is NaN).
///
/// # Errors
/// `MemoryError` making the float's integer part a long int (never a wrong answer).
#[cfg(not(mp_float = "none"))]
pub fn cmp_float(a: Obj, f: super::float::Float) -> Result<Option<Ordering>, Exc> {
    if f.is_nan() {
        return Ok(None);
    }
    if f.is_infinite() {
        return Ok(Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater }));
    }
    let t = super::float::M::trunc(f);
    let frac = f - t;
    let by_frac = if frac > 0.0 {
        Ordering::Less
    } else if frac < 0.0 {
        Ordering::Greater
    } else {
        Ordering::Equal
    };
    if let Some(v) = as_i64(a) {
        if t.abs() < 9.0e18 {
            return Ok(Some(v.cmp(&(t as i64)).then(by_frac)));
        }
        return Ok(Some(if t > 0.0 { Ordering::Less } else { Ordering::Greater }));
    }
    #[cfg(mp_longint = "mpz")]
    if let Some(pa) = longint::parts(a) {
        let ti = longint::from_float(t)?;
        if let Some(pt) = longint::parts(ti) {
            return Ok(Some(longint::cmp_parts(&pa, &pt).then(by_frac)));
        }
        // The float's integer part fits a small int: the long int is beyond it.
        return Ok(Some(if pa.neg { Ordering::Less } else { Ordering::Greater }));
    }
    Ok(None)
}

/// Parse an int literal as `int(s, base)` does (base 0: from the prefix).
///
/// # Errors
/// `ValueError: invalid syntax for integer with base N`, `OverflowError` without long
/// ints, `MemoryError`.
pub fn parse(s: &str, base: u32) -> Result<Obj, Exc> {
    // On bytes: no `str` slicing (whose char-boundary checks and panic paths cost flash);
    // a byte past ASCII is no digit in any base.
    let s = s.as_bytes();
    let t = s.trim_ascii();
    let (neg, t) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = |t: &[u8], p: &[u8]| t.get(..2).is_some_and(|b| b.eq_ignore_ascii_case(p));
    let (base, t) = match base {
        0 | 16 if lower(t, b"0x") => (16, &t[2..]),
        0 | 8 if lower(t, b"0o") => (8, &t[2..]),
        0 | 2 if lower(t, b"0b") => (2, &t[2..]),
        // `0` then other digits is not an int literal (`int('07', 0)`).
        0 if t.first() == Some(&b'0') && t.iter().any(|&c| c != b'0' && c != b'_') => {
            return Err(invalid_literal(0, s, t));
        }
        0 => (10, t),
        b => (b, t),
    };
    // MicroPython skips `_` anywhere (`int('1__0')` is 10, `int('_')` is 0): only an
    // empty text after the sign and prefix is no number.
    if t.is_empty() {
        return Err(invalid_literal(base, s, t));
    }
    let mut v: i64 = 0;
    let mut fits = true;
    for &c in t {
        if c == b'_' {
            continue;
        }
        let Some(d) = char::from(c).to_digit(base) else { return Err(invalid_literal(base, s, t)) };
        if fits {
            match v.checked_mul(base as i64).and_then(|v| v.checked_add(d as i64)) {
                Some(n) => v = n,
                None => fits = false,
            }
        }
    }
    if !fits {
        #[cfg(mp_longint = "mpz")]
        return longint::from_parts(neg, longint::parse_digits(t, base)?);
        #[cfg(not(mp_longint = "mpz"))]
        return Err(exc::overflow());
    }
    from_i64(if neg { -v } else { v })
}

/// MicroPython's `invalid syntax for integer with base 10: '12x '`: the text of `s` from
/// where `t` (a slice of `s` past the whitespace, sign and prefix) starts, escaped as
/// bytes are.
#[cold]
fn invalid_literal(base: u32, s: &[u8], t: &[u8]) -> Exc {
    let mut b = [0u8; 24];
    let n = crate::print::int_str(base as i64, &mut b);
    // (An empty `t` of blank text may point at its start: never before the blanks' end.)
    let blank = s.len() - s.trim_ascii_start().len();
    let from = (t.as_ptr() as usize).wrapping_sub(s.as_ptr() as usize).max(blank);
    let text = s.get(from..).unwrap_or(b"");
    let mut m = print::StrBuf::new();
    let r = (|| {
        msg!("invalid syntax for integer with base ").print(&mut m)?;
        m.write(n.as_bytes())?;
        m.write(b": ")?;
        // A bytes literal without its `b`.
        let at = m.buf.len();
        super::bytes::print_repr(text, &mut m, false)?;
        m.buf.remove(at);
        pystr::from_bytes(&m.buf)
    })();
    match r {
        Ok(msg) => exc::new(&exc::VALUE_ERROR, &[msg]),
        Err(e) => e,
    }
}

pub(super) fn int_unary_op(op: UnaryOp, a: Obj) -> Result<Obj, Exc> {
    let Some(x) = as_i64(a) else {
        #[cfg(mp_longint = "mpz")]
        if let Some(p) = longint::parts(a) {
            return match op {
                UnaryOp::Pos => longint::from_parts(p.neg, crate::gc::GcVec::from_slice(p.mag())?),
                UnaryOp::Neg => longint::negate(&p),
                UnaryOp::Invert => longint::invert(&p),
                UnaryOp::Not => Ok(Obj::FALSE),
            };
        }
        return Ok(Obj::NULL);
    };
    match op {
        UnaryOp::Pos => from_i64(x),
        UnaryOp::Neg => match x.checked_neg() {
            Some(v) => from_i64(v),
            None => overflowed(BinOp::Sub, 0, x),
        },
        UnaryOp::Invert => from_i64(!x),
        UnaryOp::Not => Ok(Obj::from_bool(x == 0)),
    }
}

/// `abs(a)` for an int.
///
/// # Errors
/// `OverflowError` without long ints, `MemoryError`.
pub fn abs(a: Obj) -> Result<Obj, Exc> {
    match as_i64(a) {
        Some(x) if x >= 0 => from_i64(x),
        Some(_) => int_unary_op(UnaryOp::Neg, a),
        None => {
            #[cfg(mp_longint = "mpz")]
            if let Some(p) = longint::parts(a) {
                return longint::abs(&p);
            }
            Ok(Obj::NULL)
        }
    }
}

/// Python's floor division and modulo.
pub fn floor_divmod(x: Word, y: Word) -> (Word, Word) {
    let q = x.wrapping_div(y);
    let r = x.wrapping_rem(y);
    if r != 0 && ((r < 0) != (y < 0)) {
        (q - 1, r + y)
    } else {
        (q, r)
    }
}

/// An `i64` operation overflowed: redo it on long ints, or raise.
#[cold]
fn overflowed(op: BinOp, x: i64, y: i64) -> Result<Obj, Exc> {
    #[cfg(mp_longint = "mpz")]
    return longint::binary_op(op, &longint::Parts::from_i64(x), &longint::Parts::from_i64(y));
    #[cfg(not(mp_longint = "mpz"))]
    {
        let _ = (op, x, y);
        Err(exc::overflow())
    }
}

/// `a op b` for two ints (bools count as ints), or an int and a float; `NULL` for other
/// operand types.
///
/// # Errors
/// `ZeroDivisionError`, `OverflowError`, `ValueError` (negative shift), `MemoryError`.
pub fn int_binary_op(op: BinOp, a: Obj, b: Obj) -> Result<Obj, Exc> {
    #[cfg(not(mp_float = "none"))]
    {
        if let Some(y) = super::float::value(b) {
            return super::float::int_op_float(op, a, y);
        }
        #[cfg(mp_feature = "complex")]
        if super::complex::is_complex(b) {
            if let Some(x) = to_float(a)? {
                return super::complex::binary_op_with_real(op, x, b);
            }
        }
        if op == BinOp::TrueDiv {
            return true_divide(a, b);
        }
    }
    let (Some(x), Some(y)) = (as_word(a), as_word(b)) else {
        #[cfg(mp_longint = "mpz")]
        if let (Some(pa), Some(pb)) = (longint::parts(a), longint::parts(b)) {
            let r = longint::binary_op(op, &pa, &pb)?;
            #[cfg(not(mp_float = "none"))]
            if r.is_null() && op == BinOp::Pow {
                // A negative exponent: a float result.
                let (Some(x), Some(y)) = (to_float(a)?, to_float(b)?) else { return Ok(Obj::NULL) };
                return super::float::pow(x, y);
            }
            return Ok(r);
        }
        return Ok(Obj::NULL);
    };
    let r = match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::FloorDiv | BinOp::Mod => {
            if y == 0 {
                return Err(exc::zero_division());
            }
            if x == Word::MIN && y == -1 {
                None
            } else {
                let (q, r) = floor_divmod(x, y);
                Some(if op == BinOp::FloorDiv { q } else { r })
            }
        }
        BinOp::Pow => {
            if y < 0 {
                #[cfg(not(mp_float = "none"))]
                return super::float::pow(x as super::float::Float, y as super::float::Float);
                #[cfg(mp_float = "none")]
                return Err(exc::value_error(msg!("negative power with no float support")));
            }
            pow_word(x, y)
        }
        BinOp::LShift => {
            if y < 0 {
                return Err(exc::value_error(msg!("negative shift count")));
            }
            if y >= Word::BITS as Word - 1 {
                if x == 0 {
                    Some(0)
                } else {
                    None
                }
            } else {
                let v = x << y;
                (v >> y == x).then_some(v)
            }
        }
        BinOp::RShift => {
            if y < 0 {
                return Err(exc::value_error(msg!("negative shift count")));
            }
            Some(x >> y.min(Word::BITS as Word - 1))
        }
        BinOp::And => Some(x & y),
        BinOp::Or => Some(x | y),
        BinOp::Xor => Some(x ^ y),
        BinOp::Lt => return Ok(Obj::from_bool(x < y)),
        BinOp::Le => return Ok(Obj::from_bool(x <= y)),
        BinOp::Gt => return Ok(Obj::from_bool(x > y)),
        BinOp::Ge => return Ok(Obj::from_bool(x >= y)),
        BinOp::Eq => return Ok(Obj::from_bool(x == y)),
        BinOp::Ne => return Ok(Obj::from_bool(x != y)),
        _ => return Ok(Obj::NULL),
    };
    match r {
        Some(v) => from_i64(widen(v)),
        None => overflowed(op, widen(x), widen(y)),
    }
}

/// `a / b` for two ints, correctly rounded as CPython does (not each operand rounded to a
/// float first, as MicroPython does); `NULL` when either is not an int.
///
/// # Errors
/// `ZeroDivisionError`, `OverflowError` past the largest float, `MemoryError`.
#[cfg(not(mp_float = "none"))]
fn true_divide(a: Obj, b: Obj) -> Result<Obj, Exc> {
    if let (Some(x), Some(y)) = (as_i64(a), as_i64(b)) {
        if y == 0 {
            return Err(exc::zero_division());
        }
        return super::float::new(true_divide_i64(x, y));
    }
    #[cfg(mp_longint = "mpz")]
    if let (Some(pa), Some(pb)) = (longint::parts(a), longint::parts(b)) {
        if pb.mag().is_empty() {
            return Err(exc::zero_division());
        }
        return match longint::true_divide(&pa, &pb)? {
            Some(v) => super::float::new(v),
            None => Err(exc::new_msg(&exc::OVERFLOW_ERROR, msg!("integer division result too large for a float"))),
        };
    }
    Ok(Obj::NULL)
}

/// `x / y` (`y` nonzero) correctly rounded. Operands the float holds exactly divide in
/// the FPU (IEEE division rounds once); others by binary long division until the quotient
/// has 63 bits, the remainder (and any bits of `x` not yet brought down) being the sticky
/// bit. A loop of shifts and subtracts, not a 128-bit division: this runs only for operands
/// past 2**24 (2**53), and the MCU has no 64-bit divide.
#[cfg(not(mp_float = "none"))]
fn true_divide_i64(x: i64, y: i64) -> super::float::Float {
    use super::float::Float;
    let exact = 1u64 << Float::MANTISSA_DIGITS;
    let (a, b) = (x.unsigned_abs(), y.unsigned_abs());
    if a <= exact && b <= exact {
        return x as Float / y as Float;
    }
    let neg = (x < 0) != (y < 0);
    if a == 0 {
        return if neg { -0.0 } else { 0.0 };
    }
    // After k steps `q = floor((a · 2**(k-64)) / b)` and `r` its remainder (`r < b`, so
    // `2r + 1` fits): `x / y = (q + rest) · 2**(64-k)`. At most 64 + 63 steps.
    let (mut q, mut r, mut k) = (0u64, 0u64, 0u32);
    while q >> 62 == 0 {
        let bit = if k < 64 { (a >> (63 - k)) & 1 } else { 0 };
        r = (r << 1) | bit;
        q <<= 1;
        if r >= b {
            r -= b;
            q |= 1;
        }
        k += 1;
    }
    let rest = r != 0 || (k < 64 && a & ((1u64 << (64 - k)) - 1) != 0);
    let v = super::float::parse::round_bits(q, 64 - k as i32, rest);
    if neg {
        -v
    } else {
        v
    }
}

fn pow_word(x: Word, y: Word) -> Option<Word> {
    match x {
        0 => return Some(Word::from(y == 0)),
        1 => return Some(1),
        -1 => return Some(if y % 2 == 0 { 1 } else { -1 }),
        _ if y > 64 => return None,
        _ => {}
    }
    let mut acc: Word = 1;
    for _ in 0..y {
        acc = acc.checked_mul(x)?;
    }
    Some(acc)
}

/// Order two ints (for `sorted`, `min`): `None` when either is not an int.
pub fn compare(a: Obj, b: Obj) -> Option<Ordering> {
    if let (Some(x), Some(y)) = (as_i64(a), as_i64(b)) {
        return Some(x.cmp(&y));
    }
    #[cfg(mp_longint = "mpz")]
    if let (Some(pa), Some(pb)) = (longint::parts(a), longint::parts(b)) {
        return Some(longint::cmp_parts(&pa, &pb));
    }
    None
}
