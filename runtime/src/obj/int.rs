//! `int`: small ints live in the `Obj` word. Without a long-int implementation
//! (board.toml `longint = "none"`) a result that does not fit raises `OverflowError`.

use super::{exc, str as pystr, Obj, Type};
use crate::bytecode::{BinOp, UnaryOp};
use crate::print::{self, Print, PrintKind};
use exc::Exc;

pub static INT_TYPE: Type = Type {
    name: qstr!("int"),
    make_new: Some(int_make_new),
    print: Some(int_print),
    unary_op: Some(int_unary_op),
    binary_op: Some(int_binary_op),
    ..Type::EMPTY
};

/// An int object for `v`.
///
/// # Errors
/// `OverflowError` when `v` does not fit a small int (no long ints yet).
#[inline]
pub fn from_i64(v: i64) -> Result<Obj, Exc> {
    if Obj::fits_small_int(v) {
        Ok(Obj::small_int(v as isize))
    } else {
        Err(exc::overflow())
    }
}

/// The value of an int or bool.
pub fn as_i64(o: Obj) -> Option<i64> {
    if o.is_small_int() {
        Some(o.small_int_value() as i64)
    } else if o == Obj::TRUE {
        Some(1)
    } else if o == Obj::FALSE {
        Some(0)
    } else {
        // An instance of a subclass of int: its built-in part.
        let n = super::class::native_part(o);
        if n.is_null() || n == o {
            None
        } else {
            as_i64(n)
        }
    }
}

/// The value of an int, or a `TypeError` naming what was given.
///
/// # Errors
/// `TypeError: can't convert X to int`.
pub fn expect_i64(o: Obj) -> Result<i64, Exc> {
    as_i64(o).ok_or_else(|| exc::type_error_fmt("can't convert ", o.ty().name(), " to int"))
}

/// A Python index into a sequence of `len` items (negative counts from the end).
///
/// # Errors
/// `TypeError` for a non-int, `IndexError(msg)` when out of range.
pub fn index_of(index: Obj, len: usize, msg: &'static str) -> Result<usize, Exc> {
    let Some(i) = as_i64(index) else {
        return Err(exc::type_error("indices must be integers"));
    };
    let i = if i < 0 { i + len as i64 } else { i };
    if i < 0 || i >= len as i64 {
        return Err(exc::index_error(msg));
    }
    Ok(i as usize)
}

fn int_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    print::print_int(out, as_i64(o).unwrap_or(0))
}

fn int_make_new(_ty: &'static Type, args: super::Args<'_>) -> Result<Obj, Exc> {
    let args = args.no_kw()?;
    match args {
        [] => Ok(Obj::small_int(0)),
        [x] => {
            if let Some(v) = as_i64(*x) {
                return from_i64(v);
            }
            match pystr::as_str(*x) {
                Some(s) => parse(s, 10),
                None => Err(exc::type_error_fmt("can't convert ", x.ty().name(), " to int")),
            }
        }
        [x, base] => {
            let b = expect_i64(*base)?;
            let Some(s) = pystr::as_str(*x) else {
                return Err(exc::type_error("can't convert non-string with explicit base"));
            };
            if b != 0 && !(2..=36).contains(&b) {
                return Err(exc::value_error("int() arg 2 must be >= 2 and <= 36"));
            }
            parse(s, b as u32)
        }
        _ => Err(exc::type_error("int() takes at most 2 arguments")),
    }
}

/// Parse an int literal as `int(s, base)` does (base 0: from the prefix).
///
/// # Errors
/// `ValueError: invalid syntax for integer with base N`, `OverflowError`.
pub fn parse(s: &str, base: u32) -> Result<Obj, Exc> {
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace());
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = |t: &str, p: &str| t.len() >= 2 && t[..2].eq_ignore_ascii_case(p);
    let (base, t) = match base {
        0 | 16 if lower(t, "0x") => (16, &t[2..]),
        0 | 8 if lower(t, "0o") => (8, &t[2..]),
        0 | 2 if lower(t, "0b") => (2, &t[2..]),
        0 => (10, t),
        b => (b, t),
    };
    let mut v: i64 = 0;
    let mut digits = 0;
    let mut prev_underscore = true;
    for c in t.chars() {
        if c == '_' && !prev_underscore {
            prev_underscore = true;
            continue;
        }
        let Some(d) = c.to_digit(base) else { return Err(invalid_literal(base)) };
        v = v.checked_mul(base as i64).and_then(|v| v.checked_add(d as i64)).ok_or_else(exc::overflow)?;
        digits += 1;
        prev_underscore = false;
    }
    if digits == 0 || prev_underscore {
        return Err(invalid_literal(base));
    }
    from_i64(if neg { -v } else { v })
}

#[cold]
fn invalid_literal(base: u32) -> Exc {
    let mut b = [0u8; 24];
    let n = core::str::from_utf8(print::fmt_int(base as i64, &mut b)).unwrap_or("?");
    exc::new_msg3(&exc::VALUE_ERROR, "invalid syntax for integer with base ", n, "")
}

fn int_unary_op(op: UnaryOp, a: Obj) -> Result<Obj, Exc> {
    let Some(x) = as_i64(a) else { return Ok(Obj::NULL) };
    match op {
        UnaryOp::Pos => from_i64(x),
        UnaryOp::Neg => from_i64(-x),
        UnaryOp::Invert => from_i64(!x),
        UnaryOp::Not => Ok(Obj::from_bool(x == 0)),
    }
}

/// Python's floor division and modulo.
pub fn floor_divmod(x: i64, y: i64) -> (i64, i64) {
    let q = x.wrapping_div(y);
    let r = x.wrapping_rem(y);
    if r != 0 && ((r < 0) != (y < 0)) {
        (q - 1, r + y)
    } else {
        (q, r)
    }
}

/// `a op b` for two ints (bools count as ints); `NULL` for other operand types.
///
/// # Errors
/// `ZeroDivisionError`, `OverflowError`, `ValueError` (negative shift or power).
pub fn int_binary_op(op: BinOp, a: Obj, b: Obj) -> Result<Obj, Exc> {
    let (Some(x), Some(y)) = (as_i64(a), as_i64(b)) else {
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
            let (q, r) = floor_divmod(x, y);
            Some(if op == BinOp::FloorDiv { q } else { r })
        }
        BinOp::Pow => {
            if y < 0 {
                return Err(exc::value_error("negative power with no float support"));
            }
            let mut acc: i64 = 1;
            let mut ok = true;
            for _ in 0..y.min(64) {
                match acc.checked_mul(x) {
                    Some(v) => acc = v,
                    None => {
                        ok = false;
                        break;
                    }
                }
            }
            if y > 64 && x.abs() > 1 {
                ok = false;
            }
            if y > 64 && x == -1 {
                acc = if y % 2 == 0 { 1 } else { -1 };
            }
            ok.then_some(acc)
        }
        BinOp::LShift => {
            if y < 0 {
                return Err(exc::value_error("negative shift count"));
            }
            if y >= 63 {
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
                return Err(exc::value_error("negative shift count"));
            }
            Some(x >> y.min(63))
        }
        BinOp::And => Some(x & y),
        BinOp::Or => Some(x | y),
        BinOp::Xor => Some(x ^ y),
        BinOp::Lt => return Ok(Obj::from_bool(x < y)),
        BinOp::Le => return Ok(Obj::from_bool(x <= y)),
        BinOp::Gt => return Ok(Obj::from_bool(x > y)),
        BinOp::Ge => return Ok(Obj::from_bool(x >= y)),
        BinOp::Eq => return Ok(Obj::from_bool(x == y)),
        _ => return Ok(Obj::NULL),
    };
    match r {
        Some(v) => from_i64(v),
        None => Err(exc::overflow()),
    }
}
