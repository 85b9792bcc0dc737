//! `range` (MicroPython's `objrange.c`) and its iterator: `len`, indexing and slicing
//! (a slice of a range is a range), and `in` answered arithmetically for ints, in O(1)
//! whatever the length (`-1 in range(sys.maxsize)` returns at once).
//!
//! The ends and the step are machine words, as MicroPython's `mp_int_t`: an argument past
//! them is `OverflowError: overflow converting long int to machine word`. All arithmetic
//! is in words (a 32-bit MCU then needs no 64-bit division code for ranges).

use crate::obj::TypeExt;
use core::cell::Cell;

use super::repr::{ObjBase, PyObj};
use super::{exc, int, seq, Obj, Type};
use crate::bytecode::BinOp;
use crate::gc;
use crate::print::{self, Print, PrintKind};
use exc::Exc;

#[repr(C)]
pub struct RangeObj {
    pub base: ObjBase,
    start: isize,
    stop: isize,
    step: isize,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `RANGE_TYPE` objects are `RangeObj`s.
unsafe impl PyObj for RangeObj {
    const TYPE: Option<&'static Type> = Some(&RANGE_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &RANGE_TYPE)
    }
}

pub static RANGE_TYPE: Type = Type {
    name: qstr!("range"),
    make_new: Some(range_make_new),
    print: Some(range_print),
    #[cfg(mp_feature = "range_attrs")]
    attr: Some(range_attr),
    ext: Some(&TypeExt {
        binary_op: Some(range_binary_op),
        subscr: Some(range_subscr),
        iter: Some(range_iter),
        len: Some(range_len),
        ..TypeExt::EMPTY
    }),
    ..Type::EMPTY
};

impl RangeObj {
    /// The number of items: the distance between two words fits an unsigned word.
    pub fn count(&self) -> usize {
        let (lo, hi) = if self.step > 0 { (self.start, self.stop) } else { (self.stop, self.start) };
        if hi <= lo {
            return 0;
        }
        let (span, s) = (hi.wrapping_sub(lo) as usize, self.step.unsigned_abs());
        span / s + usize::from(span % s != 0)
    }

    /// Item `i` (which must exist, so the true value fits a word and two's-complement
    /// wrapping arithmetic gives it exactly).
    fn item(&self, i: usize) -> isize {
        (self.start as usize).wrapping_add(i.wrapping_mul(self.step as usize)) as isize
    }

    /// Whether the int `v` is one of the items.
    fn has(&self, v: isize) -> bool {
        let (a, b, s) = (self.start, self.stop, self.step);
        // The distance from the first item, exact in a usize once `v` is inside the range.
        let (inside, dist) =
            if s > 0 { (a <= v && v < b, v.wrapping_sub(a)) } else { (b < v && v <= a, a.wrapping_sub(v)) };
        inside && (dist as usize).is_multiple_of(s.unsigned_abs())
    }
}

fn new(start: isize, stop: isize, step: isize) -> Result<Obj, Exc> {
    Ok(Obj::from_ref(gc::new(RangeObj { base: ObjBase::new(&RANGE_TYPE), start, stop, step })?))
}

/// A reversed `range` as an iterator (for `reversed()`), or `None` if `o` is no range.
///
/// # Errors
/// `MemoryError`.
pub fn reversed(o: Obj) -> Result<Option<Obj>, Exc> {
    let Some(r) = o.downcast::<RangeObj>() else { return Ok(None) };
    let n = r.count();
    if n == 0 {
        return new_iter(0, 0, 1).map(Some);
    }
    let last = r.item(n - 1);
    new_iter(last, n, r.step.wrapping_neg()).map(Some)
}

fn range_make_new(_ty: &'static Type, args: super::Args<'_>) -> Result<Obj, Exc> {
    let args = args.no_kw()?;
    let v = |i: usize| <isize as crate::convert::FromObj>::from_obj(args[i]);
    let (start, stop, step) = match args.len() {
        0 => return Err(exc::missing_args(1)),
        1 => (0, v(0)?, 1),
        2 => (v(0)?, v(1)?, 1),
        3 => (v(0)?, v(1)?, v(2)?),
        n => return Err(exc::at_most_args(3, n)),
    };
    if step == 0 {
        return Err(exc::value_error(msg!("zero step")));
    }
    new(start, stop, step)
}

fn range_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    let Some(r) = o.downcast::<RangeObj>() else { return Ok(()) };
    out.write(b"range(")?;
    print::print_int(out, r.start as i64)?;
    out.write(b", ")?;
    print::print_int(out, r.stop as i64)?;
    if r.step != 1 {
        out.write(b", ")?;
        print::print_int(out, r.step as i64)?;
    }
    out.write(b")")
}

#[cfg(mp_feature = "range_attrs")]
fn range_attr(o: Obj, name: crate::qstr::Qstr) -> Result<Obj, Exc> {
    let Some(r) = o.downcast::<RangeObj>() else { return Ok(Obj::NULL) };
    match name {
        n if n == qstr!("start") => int::from_i64(r.start as i64),
        n if n == qstr!("stop") => int::from_i64(r.stop as i64),
        n if n == qstr!("step") => int::from_i64(r.step as i64),
        _ => Ok(Obj::NULL),
    }
}

fn range_len(o: Obj) -> Result<Option<usize>, Exc> {
    let Some(r) = o.downcast::<RangeObj>() else { return Ok(None) };
    // A length past the small ints is a long int where the board has them (`len` makes
    // it), else MicroPython's overflow error.
    let fits = |n: usize| cfg!(not(mp_longint = "none")) || Obj::fits_small_int(n as i64);
    match r.count() {
        n if n <= isize::MAX as usize && fits(n) => Ok(Some(n)),
        _ => Err(exc::overflow()),
    }
}

fn range_binary_op(op: BinOp, a: Obj, b: Obj) -> Result<Obj, Exc> {
    let Some(r) = a.downcast::<RangeObj>() else { return Ok(Obj::NULL) };
    match op {
        BinOp::In => {
            if let Some(v) = int::as_i64(b) {
                // An int past the words is never an item.
                return Ok(Obj::from_bool(isize::try_from(v).is_ok_and(|v| r.has(v))));
            }
            // Anything else may equal an item (`__eq__`): compare with each, as CPython.
            let n = r.count();
            let mut i = 0;
            while i < n {
                crate::vm::poll_interrupt()?;
                if super::equal(int::from_i64(r.item(i) as i64)?, b)? {
                    return Ok(Obj::TRUE);
                }
                i += 1;
            }
            Ok(Obj::FALSE)
        }
        #[cfg(mp_feature = "range_binop")]
        BinOp::Eq => {
            let Some(s) = b.downcast::<RangeObj>() else { return Ok(Obj::FALSE) };
            // Equal when they give the same items: the same length, and the same first
            // item and step where those matter.
            let n = r.count();
            let same = n == s.count() && (n == 0 || (r.start == s.start && (n == 1 || r.step == s.step)));
            Ok(Obj::from_bool(same))
        }
        _ => Ok(Obj::NULL),
    }
}

fn range_subscr(o: Obj, index: Obj, value: Obj) -> Result<Obj, Exc> {
    let Some(r) = o.downcast::<RangeObj>() else { return Ok(Obj::NULL) };
    if !value.is_null() {
        return super::subscr_unsupported(o, value);
    }
    let n = r.count();
    if let Some(s) = index.downcast::<super::slice::SliceObj>() {
        let (start, stop, step) = super::slice::indices(s, n)?;
        let at = |i: isize| r.step.checked_mul(i).and_then(|d| r.start.checked_add(d));
        let ends = (at(start), at(stop), r.step.checked_mul(step));
        let (Some(a), Some(b), Some(s)) = ends else { return Err(exc::overflow()) };
        return new(a, b, s);
    }
    let i = seq::index(o, index, n, msg!("range index out of range"))?;
    int::from_i64(r.item(i) as i64)
}

#[repr(C)]
struct RangeIter {
    base: ObjBase,
    cur: Cell<isize>,
    /// Items still to come.
    left: Cell<usize>,
    step: isize,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `RANGE_ITER_TYPE` objects are `RangeIter`s.
unsafe impl PyObj for RangeIter {
    const TYPE: Option<&'static Type> = Some(&RANGE_ITER_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &RANGE_ITER_TYPE)
    }
}

static RANGE_ITER_TYPE: Type = Type {
    name: qstr!("iterator"),
    ext: Some(&TypeExt { iternext: Some(range_iter_next), ..TypeExt::EMPTY }),
    ..Type::EMPTY
};

fn new_iter(cur: isize, left: usize, step: isize) -> Result<Obj, Exc> {
    let it = RangeIter { base: ObjBase::new(&RANGE_ITER_TYPE), cur: Cell::new(cur), left: Cell::new(left), step };
    Ok(Obj::from_ref(gc::new(it)?))
}

fn range_iter(o: Obj) -> Result<Obj, Exc> {
    let Some(r) = o.downcast::<RangeObj>() else { return Ok(Obj::NULL) };
    new_iter(r.start, r.count(), r.step)
}

fn range_iter_next(o: Obj) -> Result<Obj, Exc> {
    let Some(it) = o.downcast::<RangeIter>() else { return Ok(Obj::NULL) };
    let left = it.left.get();
    if left == 0 {
        return Ok(Obj::NULL);
    }
    let c = it.cur.get();
    it.left.set(left - 1);
    it.cur.set(c.wrapping_add(it.step));
    int::from_i64(c as i64)
}
