//! `range` and its iterator.

use core::cell::Cell;

use super::repr::{ObjBase, PyObj};
use super::{exc, int, Obj, Type};
use crate::gc;
use crate::print::{self, Print, PrintKind};
use exc::Exc;

#[repr(C)]
pub struct RangeObj {
    pub base: ObjBase,
    start: i64,
    stop: i64,
    step: i64,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `RANGE_TYPE` objects are `RangeObj`s.
unsafe impl PyObj for RangeObj {
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &RANGE_TYPE)
    }
}

pub static RANGE_TYPE: Type = Type {
    name: qstr!("range"),
    make_new: Some(range_make_new),
    print: Some(range_print),
    subscr: Some(range_subscr),
    iter: Some(range_iter),
    len: Some(|o| Ok(o.downcast::<RangeObj>().map(RangeObj::len))),
    ..Type::EMPTY
};

impl RangeObj {
    fn len(&self) -> usize {
        let (a, b, s) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if s > 0 { (b - a + s - 1) / s } else { (a - b - s - 1) / -s };
        n.max(0) as usize
    }
}

fn range_make_new(_ty: &'static Type, args: super::Args<'_>) -> Result<Obj, Exc> {
    let args = args.no_kw()?;
    let v = |i: usize| int::expect_i64(args[i]);
    let (start, stop, step) = match args.len() {
        1 => (0, v(0)?, 1),
        2 => (v(0)?, v(1)?, 1),
        3 => (v(0)?, v(1)?, v(2)?),
        _ => return Err(exc::type_error("range expected 1 to 3 arguments")),
    };
    if step == 0 {
        return Err(exc::value_error("zero step"));
    }
    Ok(Obj::from_ref(gc::new(RangeObj { base: ObjBase::new(&RANGE_TYPE), start, stop, step })?))
}

fn range_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    let Some(r) = o.downcast::<RangeObj>() else { return Ok(()) };
    out.write(b"range(")?;
    print::print_int(out, r.start)?;
    out.write(b", ")?;
    print::print_int(out, r.stop)?;
    if r.step != 1 {
        out.write(b", ")?;
        print::print_int(out, r.step)?;
    }
    out.write(b")")
}

fn range_subscr(o: Obj, index: Obj, value: Obj) -> Result<Obj, Exc> {
    let Some(r) = o.downcast::<RangeObj>() else { return Ok(Obj::NULL) };
    if !value.is_null() {
        return Err(exc::type_error("'range' object doesn't support item assignment"));
    }
    let i = int::index_of(index, r.len(), "range object index out of range")?;
    int::from_i64(r.start + r.step * i as i64)
}

#[repr(C)]
struct RangeIter {
    base: ObjBase,
    cur: Cell<i64>,
    stop: i64,
    step: i64,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `RANGE_ITER_TYPE` objects are `RangeIter`s.
unsafe impl PyObj for RangeIter {
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &RANGE_ITER_TYPE)
    }
}

static RANGE_ITER_TYPE: Type = Type { name: qstr!("iterator"), iternext: Some(range_iter_next), ..Type::EMPTY };

fn range_iter(o: Obj) -> Result<Obj, Exc> {
    let Some(r) = o.downcast::<RangeObj>() else { return Ok(Obj::NULL) };
    let it = RangeIter { base: ObjBase::new(&RANGE_ITER_TYPE), cur: Cell::new(r.start), stop: r.stop, step: r.step };
    Ok(Obj::from_ref(gc::new(it)?))
}

fn range_iter_next(o: Obj) -> Result<Obj, Exc> {
    let Some(it) = o.downcast::<RangeIter>() else { return Ok(Obj::NULL) };
    let c = it.cur.get();
    if (it.step > 0 && c < it.stop) || (it.step < 0 && c > it.stop) {
        it.cur.set(c.saturating_add(it.step));
        int::from_i64(c)
    } else {
        Ok(Obj::NULL)
    }
}
