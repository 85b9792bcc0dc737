//! A dict's iterator and its views: `keys()`, `values()`, `items()` (MicroPython's
//! `dict_view`), each printed as CPython does (`dict_keys([1, 2])`).

use crate::obj::TypeExt;
use core::cell::Cell;

use super::super::fun::NativeFn;
use super::super::repr::{ObjBase, PyObj};
use super::super::{exc, tuple, Obj, Type};
use super::DictObj;
use crate::bytecode::BinOp;
use crate::gc;
use crate::print::{Print, PrintKind};
use exc::Exc;

/// What a view or an iterator yields.
const KIND_KEYS: u8 = 0;
const KIND_VALUES: u8 = 1;
const KIND_ITEMS: u8 = 2;

/// Iterator over a dict's keys, values or items.
#[repr(C)]
struct DictIter {
    base: ObjBase,
    dict: &'static DictObj,
    pos: Cell<usize>,
    kind: u8,
    /// The dict's size when the iterator was made: a change is a `RuntimeError`.
    len: usize,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `DICT_ITER_TYPE` objects are `DictIter`s.
unsafe impl PyObj for DictIter {
    const TYPE: Option<&'static Type> = Some(&DICT_ITER_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &DICT_ITER_TYPE)
    }
}

static DICT_ITER_TYPE: Type = Type {
    name: qstr!("iterator"),
    ext: Some(&TypeExt { iternext: Some(dict_iter_next), ..TypeExt::EMPTY }),
    ..Type::EMPTY
};

fn new_iter(d: &'static DictObj, kind: u8) -> Result<Obj, Exc> {
    let it = DictIter { base: ObjBase::new(&DICT_ITER_TYPE), dict: d, pos: Cell::new(0), kind, len: d.len() };
    Ok(Obj::from_ref(gc::new(it)?))
}

/// `iter(d)`: the keys.
///
/// # Errors
/// `MemoryError`.
pub fn dict_iter(o: Obj) -> Result<Obj, Exc> {
    new_iter(super::this(o)?, KIND_KEYS)
}

fn dict_iter_next(o: Obj) -> Result<Obj, Exc> {
    let Some(it) = o.downcast::<DictIter>() else { return Ok(Obj::NULL) };
    if it.dict.len() != it.len {
        return Err(exc::new_msg(&exc::RUNTIME_ERROR, msg!("dictionary changed size during iteration")));
    }
    let mut pos = it.pos.get();
    let r = it.dict.table.next(&mut pos);
    it.pos.set(pos);
    let Some(e) = r else { return Ok(Obj::NULL) };
    match it.kind {
        KIND_KEYS => Ok(e.key),
        KIND_VALUES => Ok(e.value),
        _ => tuple::new(&[e.key, e.value]),
    }
}

/// `d.keys()`, `d.values()`, `d.items()`: a live view of the dict.
#[repr(C)]
struct DictView {
    base: ObjBase,
    dict: &'static DictObj,
    kind: u8,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `DICT_VIEW_TYPE` objects are `DictView`s.
unsafe impl PyObj for DictView {
    const TYPE: Option<&'static Type> = Some(&DICT_VIEW_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &DICT_VIEW_TYPE)
    }
}

static DICT_VIEW_TYPE: Type = Type {
    name: qstr!("dict_view"),
    print: Some(view_print),
    ext: Some(&TypeExt {
        binary_op: Some(view_binary_op),
        iter: Some(|o| match o.downcast::<DictView>() {
            Some(v) => new_iter(v.dict, v.kind),
            None => Ok(Obj::NULL),
        }),
        len: Some(|o| Ok(o.downcast::<DictView>().map(|v| v.dict.len()))),
        ..TypeExt::EMPTY
    }),
    ..Type::EMPTY
};

pub static KEYS: NativeFn = NativeFn::new(qstr!("keys"), 1, 1, |a| new_view(a[0], KIND_KEYS));
pub static VALUES: NativeFn = NativeFn::new(qstr!("values"), 1, 1, |a| new_view(a[0], KIND_VALUES));
pub static ITEMS: NativeFn = NativeFn::new(qstr!("items"), 1, 1, |a| new_view(a[0], KIND_ITEMS));

fn new_view(o: Obj, kind: u8) -> Result<Obj, Exc> {
    let v = DictView { base: ObjBase::new(&DICT_VIEW_TYPE), dict: super::this(o)?, kind };
    Ok(Obj::from_ref(gc::new(v)?))
}

fn view_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    let Some(v) = o.downcast::<DictView>() else { return Ok(()) };
    out.write(match v.kind {
        KIND_KEYS => b"dict_keys([",
        KIND_VALUES => b"dict_values([",
        _ => b"dict_items([",
    })?;
    let mut pos = 0;
    let mut first = true;
    while let Some(e) = v.dict.table.next(&mut pos) {
        if !first {
            out.write(b", ")?;
        }
        first = false;
        match v.kind {
            KIND_KEYS => super::super::print(e.key, out, PrintKind::Repr)?,
            KIND_VALUES => super::super::print(e.value, out, PrintKind::Repr)?,
            _ => {
                out.write(b"(")?;
                super::super::print(e.key, out, PrintKind::Repr)?;
                out.write(b", ")?;
                super::super::print(e.value, out, PrintKind::Repr)?;
                out.write(b")")?;
            }
        }
    }
    out.write(b"])")
}

fn view_binary_op(op: BinOp, a: Obj, b: Obj) -> Result<Obj, Exc> {
    let Some(v) = a.downcast::<DictView>() else { return Ok(Obj::NULL) };
    if op != BinOp::In {
        return Ok(Obj::NULL);
    }
    match v.kind {
        KIND_KEYS => Ok(Obj::from_bool(v.dict.get(b)?.is_some())),
        KIND_ITEMS => {
            let Some(&[k, val]) = tuple::as_slice(b).and_then(|t| <&[Obj; 2]>::try_from(t).ok()) else {
                return Ok(Obj::FALSE);
            };
            match v.dict.get(k)? {
                Some(x) => Ok(Obj::from_bool(super::super::equal(x, val)?)),
                None => Ok(Obj::FALSE),
            }
        }
        _ => {
            // `equal` may run code that changes the dict: the position is re-read each step.
            let mut pos = 0;
            while let Some(e) = v.dict.table.next(&mut pos) {
                if super::super::equal(e.value, b)? {
                    return Ok(Obj::TRUE);
                }
            }
            Ok(Obj::FALSE)
        }
    }
}
