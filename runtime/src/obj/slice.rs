//! `slice` objects: what `x[a:b:c]` passes to a type's subscript slot (MicroPython's
//! `objslice.c`), and the shared arithmetic that turns one into indices.

use super::repr::{ObjBase, PyObj};
use super::{exc, int, Args, Obj, Type};
use crate::gc;
use crate::obj::TypeExt;
use crate::print::{Print, PrintKind};
use exc::Exc;

/// `slice(start, stop, step)`; an omitted part is None.
#[repr(C)]
pub struct SliceObj {
    pub base: ObjBase,
    pub start: Obj,
    pub stop: Obj,
    pub step: Obj,
}

/// A slice's three parts, as a slice object holds them or as the VM has them on its stack
/// before making one (`x[a:b]` on a built-in sequence needs no slice object).
#[derive(Clone, Copy)]
pub struct Parts {
    pub start: Obj,
    pub stop: Obj,
    pub step: Obj,
}

impl SliceObj {
    pub fn parts(&self) -> Parts {
        Parts { start: self.start, stop: self.stop, step: self.step }
    }
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `SLICE_TYPE` objects are `SliceObj`s.
unsafe impl PyObj for SliceObj {
    const TYPE: Option<&'static Type> = if cfg!(mp_feature = "slice") { Some(&SLICE_TYPE) } else { None };
    fn has_layout(ty: &'static Type) -> bool {
        // Without the `slice` feature no slice object is ever made (no `BuildSlice`, no
        // `slice` builtin): a constant `false` lets the compiler drop every type's slice
        // paths behind `downcast::<SliceObj>()`.
        cfg!(mp_feature = "slice") && core::ptr::eq(ty, &SLICE_TYPE)
    }
}

pub static SLICE_TYPE: Type = Type {
    name: qstr!("slice"),
    make_new: Some(slice_make_new),
    print: Some(slice_print),
    #[cfg(mp_feature = "slice_attrs")]
    attr: Some(slice_attr),
    #[cfg(mp_feature = "slice_indices")]
    locals: Some(&SLICE_LOCALS),
    ext: Some(&TypeExt { binary_op: Some(slice_binary_op), ..TypeExt::EMPTY }),
    ..Type::EMPTY
};

#[cfg(mp_feature = "slice_indices")]
static INDICES: super::fun::NativeFn = super::fun::NativeFn::new(qstr!("indices"), 2, 2, slice_indices);
#[cfg(mp_feature = "slice_indices")]
static SLICE_LOCALS: super::dict::RomDict =
    super::dict::RomDict::new(&super::dict::sort_entries([super::dict::RomEntry::new(
        qstr!("indices"),
        Obj::from_static(&INDICES),
    )]));

/// A new slice.
///
/// # Errors
/// `MemoryError`.
pub fn new(start: Obj, stop: Obj, step: Obj) -> Result<Obj, Exc> {
    Ok(Obj::from_ref(gc::new(SliceObj { base: ObjBase::new(&SLICE_TYPE), start, stop, step })?))
}

fn slice_make_new(_ty: &'static Type, args: Args<'_>) -> Result<Obj, Exc> {
    match args.no_kw()? {
        [stop] => new(Obj::NONE, *stop, Obj::NONE),
        [start, stop] => new(*start, *stop, Obj::NONE),
        [start, stop, step] => new(*start, *stop, *step),
        a => Err(exc::type_error_fmt(
            msg!("slice expected at most 3 arguments, got {}"),
            &[if a.is_empty() { "0" } else { "more" }],
        )),
    }
}

fn slice_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    let Some(s) = o.downcast::<SliceObj>() else { return Ok(()) };
    out.write(b"slice(")?;
    super::print(s.start, out, PrintKind::Repr)?;
    out.write(b", ")?;
    super::print(s.stop, out, PrintKind::Repr)?;
    out.write(b", ")?;
    super::print(s.step, out, PrintKind::Repr)?;
    out.write(b")")
}

#[cfg(mp_feature = "slice_attrs")]
fn slice_attr(o: Obj, name: crate::qstr::Qstr) -> Result<Obj, Exc> {
    let Some(s) = o.downcast::<SliceObj>() else { return Ok(Obj::NULL) };
    Ok(match name {
        n if n == qstr!("start") => s.start,
        n if n == qstr!("stop") => s.stop,
        n if n == qstr!("step") => s.step,
        _ => Obj::NULL,
    })
}

fn slice_binary_op(op: crate::bytecode::BinOp, a: Obj, b: Obj) -> Result<Obj, Exc> {
    use crate::bytecode::BinOp;
    let (Some(x), Some(y)) = (a.downcast::<SliceObj>(), b.downcast::<SliceObj>()) else { return Ok(Obj::NULL) };
    if op != BinOp::Eq {
        return Ok(Obj::NULL);
    }
    let parts = |s: &SliceObj| [s.start, s.stop, s.step];
    for (p, q) in parts(x).into_iter().zip(parts(y)) {
        if !super::equal(p, q)? {
            return Ok(Obj::FALSE);
        }
    }
    Ok(Obj::TRUE)
}

#[cfg(mp_feature = "slice_indices")]
fn slice_indices(args: &[Obj]) -> Result<Obj, Exc> {
    let s = args[0].downcast::<SliceObj>().ok_or_else(|| exc::type_error(msg!("not a slice")))?;
    let len = int::expect_i64(args[1])?;
    if len < 0 {
        return Err(exc::value_error(msg!("length should not be negative")));
    }
    let (a, b, c) = indices(s, usize::try_from(len).unwrap_or(usize::MAX))?;
    super::tuple::new(&[int::from_i64(a as i64)?, int::from_i64(b as i64)?, int::from_i64(c as i64)?])
}

/// A slice part as an integer; None is `dflt`.
fn part(o: Obj, dflt: isize) -> Result<isize, Exc> {
    if o == Obj::NONE {
        return Ok(dflt);
    }
    match int::as_i64(o) {
        Some(v) => Ok(v.clamp(isize::MIN as i64 + 1, isize::MAX as i64) as isize),
        // A long int is past every length: clamped by its sign.
        None if int::is_int(o) => {
            let neg = super::binary_op(crate::bytecode::BinOp::Lt, o, Obj::small_int(0))? == Obj::TRUE;
            Ok(if neg { isize::MIN + 1 } else { isize::MAX })
        }
        None if super::class::native_part(o).is_null() && o.ty().flags & super::type_flags::INSTANCE != 0 => {
            // `__index__` of a user class.
            let index = super::lookup_attr(o, qstr!("__index__"))?;
            if index.is_null() {
                return Err(cant_convert_index(o));
            }
            let r = super::call(index, &[])?;
            part(r, dflt)
        }
        None => Err(cant_convert_index(o)),
    }
}

/// MicroPython's `can't convert str to int` for a slice part that is no int.
#[cold]
fn cant_convert_index(o: Obj) -> Exc {
    exc::type_error_fmt(msg!("can't convert {} to int"), &[o.ty().name()])
}

/// The `(start, stop, step)` the slice selects from a sequence of `len` items, as
/// CPython's `slice.indices`: bounds clamped, negative ones counted from the end.
///
/// # Errors
/// `ValueError: slice step can't be zero`; `TypeError` for non-integer parts.
pub fn indices(s: &SliceObj, len: usize) -> Result<(isize, isize, isize), Exc> {
    indices_of(s.parts(), len)
}

/// [`indices`] of a slice's parts.
///
/// # Errors
/// As [`indices`].
pub fn indices_of(s: Parts, len: usize) -> Result<(isize, isize, isize), Exc> {
    let len = isize::try_from(len).unwrap_or(isize::MAX);
    let step = part(s.step, 1)?;
    if step == 0 {
        return Err(exc::value_error(msg!("slice step can't be zero")));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let fix = |o: Obj, dflt: isize| -> Result<isize, Exc> {
        if o == Obj::NONE {
            return Ok(dflt);
        }
        let v = part(o, dflt)?;
        Ok(if v < 0 { (v + len).max(lower) } else { v.min(upper) })
    };
    let start = fix(s.start, if step < 0 { upper } else { lower })?;
    let stop = fix(s.stop, if step < 0 { lower } else { upper })?;
    Ok((start, stop, step))
}

/// `o[start:stop:step]` (`value` NULL) or `o[start:stop:step] = value` without a slice
/// object, when `o` is exactly a list, tuple, str or bytes (their subscript slots neither
/// keep the slice nor differ for a subclass that does not override them, which `o` is not);
/// `None` for any other object (the caller makes the slice object and subscripts).
pub fn subscr_parts(o: Obj, parts: Parts, value: Obj) -> Option<Result<Obj, Exc>> {
    let ty = o.ty();
    if core::ptr::eq(ty, &super::list::LIST_TYPE) {
        return Some(super::list::slice::subscr_parts(o, parts, value));
    }
    if !value.is_null() {
        return None;
    }
    if core::ptr::eq(ty, &super::tuple::TUPLE_TYPE) {
        return Some(super::tuple::slice_parts(o, parts));
    }
    if core::ptr::eq(ty, &super::str::STR_TYPE) || core::ptr::eq(ty, &super::bytes::BYTES_TYPE) {
        let b = super::str::as_str_bytes(o).or_else(|| super::bytes::as_bytes(o))?;
        return Some(super::str_methods::slice_parts(o, b, parts));
    }
    None
}

/// How many items `range(start, stop, step)` (as `indices` returns) selects.
pub fn count(start: isize, stop: isize, step: isize) -> usize {
    if step > 0 && start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else if step < 0 && start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    }
}
