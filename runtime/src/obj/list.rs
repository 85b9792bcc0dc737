//! `list`: a growable array of items in a separate heap block.

use core::cell::Cell;

use super::dict::{RomDict, RomEntry};
use super::fun::NativeFn;
use super::repr::{ObjBase, PyObj};
use super::{exc, int, tuple, Obj, Type};
use crate::bytecode::BinOp;
use crate::gc::{self, root};
use crate::print::{Print, PrintKind};
use exc::Exc;

#[repr(C)]
pub struct ListObj {
    pub base: ObjBase,
    items: Cell<*mut Obj>,
    len: Cell<usize>,
    cap: Cell<usize>,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; `LIST_TYPE` objects are lists.
unsafe impl PyObj for ListObj {
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &LIST_TYPE)
    }
}

static LIST_LOCALS: RomDict = RomDict::new(&crate::obj::dict::sort_entries([
    RomEntry::new(qstr!("append"), Obj::from_static(&APPEND)),
    RomEntry::new(qstr!("pop"), Obj::from_static(&POP)),
]));
static APPEND: NativeFn = NativeFn::new(qstr!("append"), 2, 2, list_append);
static POP: NativeFn = NativeFn::new(qstr!("pop"), 1, 2, list_pop);

pub static LIST_TYPE: Type = Type {
    name: qstr!("list"),
    make_new: Some(list_make_new),
    print: Some(list_print),
    binary_op: Some(list_binary_op),
    subscr: Some(list_subscr),
    iter: Some(tuple::seq_iter),
    len: Some(|o| Ok(as_slice(o).map(<[Obj]>::len))),
    locals: Some(&LIST_LOCALS),
    ..Type::EMPTY
};

/// The current items of a list.
pub fn as_slice(o: Obj) -> Option<&'static [Obj]> {
    let l = o.downcast::<ListObj>()?;
    if l.len.get() == 0 {
        return Some(&[]);
    }
    // SAFETY: `items` points at a heap block with `len` initialised items, kept alive by
    // this list (and by the returned slice while it is on the stack).
    Some(unsafe { core::slice::from_raw_parts(l.items.get(), l.len.get()) })
}

fn as_mut_slice(l: &ListObj) -> &'static mut [Obj] {
    if l.len.get() == 0 {
        return &mut [];
    }
    // SAFETY: as `as_slice`; the runtime is single-threaded and callers don't hold
    // another slice of this list across the mutation.
    unsafe { core::slice::from_raw_parts_mut(l.items.get(), l.len.get()) }
}

/// A new list holding `items`.
///
/// # Errors
/// `MemoryError`.
pub fn new(items: &[Obj]) -> Result<Obj, Exc> {
    let l = gc::new(ListObj {
        base: ObjBase::new(&LIST_TYPE),
        items: Cell::new(core::ptr::null_mut()),
        len: Cell::new(0),
        cap: Cell::new(0),
    })?;
    for &x in items {
        push(l, x)?;
    }
    Ok(Obj::from_ref(l))
}

fn push(l: &ListObj, x: Obj) -> Result<(), Exc> {
    let (len, cap) = (l.len.get(), l.cap.get());
    if len == cap {
        let new_cap = (cap * 2).max(4);
        let size = core::mem::size_of::<Obj>();
        let bytes = new_cap.checked_mul(size).ok_or_else(exc::memory_error)?;
        let p = root::heap().realloc(l.items.get() as *mut u8, cap * size, bytes)?;
        l.items.set(p.as_ptr() as *mut Obj);
        l.cap.set(new_cap);
    }
    // SAFETY: `len < cap` now, so the slot is inside the items block.
    unsafe { l.items.get().add(len).write(x) };
    l.len.set(len + 1);
    Ok(())
}

/// `list.append(x)` on a list object (used by `ListAppend`).
///
/// # Errors
/// `MemoryError`, `TypeError` if `list` is not a list.
pub fn append(list: Obj, x: Obj) -> Result<(), Exc> {
    match list.downcast::<ListObj>() {
        Some(l) => push(l, x),
        None => Err(exc::type_error("expected a list")),
    }
}

/// `list.extend(iterable)`.
///
/// # Errors
/// `TypeError` when `list` is not a list or `it` not iterable; `MemoryError`.
pub fn extend(list: Obj, it: Obj) -> Result<(), Exc> {
    let Some(l) = list.downcast::<ListObj>() else { return Err(exc::type_error("expected a list")) };
    let iter = super::get_iter(it)?;
    loop {
        let x = super::iter_next(iter)?;
        if x.is_null() {
            return Ok(());
        }
        push(l, x)?;
    }
}

fn list_append(args: &[Obj]) -> Result<Obj, Exc> {
    append(args[0], args[1])?;
    Ok(Obj::NONE)
}

fn list_pop(args: &[Obj]) -> Result<Obj, Exc> {
    let Some(l) = args[0].downcast::<ListObj>() else { return Err(exc::type_error("expected a list")) };
    let items = as_mut_slice(l);
    if items.is_empty() {
        return Err(exc::index_error("pop from empty list"));
    }
    let i = match args.get(1) {
        Some(&i) => int::index_of(i, items.len(), "pop index out of range")?,
        None => items.len() - 1,
    };
    let x = items[i];
    items[i..].rotate_left(1);
    l.len.set(items.len() - 1);
    Ok(x)
}

fn list_make_new(_ty: &'static Type, args: super::Args<'_>) -> Result<Obj, Exc> {
    let args = args.no_kw()?;
    let l = new(&[])?;
    if let Some(&src) = args.first() {
        let it = super::get_iter(src)?;
        loop {
            let x = super::iter_next(it)?;
            if x.is_null() {
                break;
            }
            append(l, x)?;
        }
    }
    Ok(l)
}

fn list_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    tuple::print_items(as_slice(o).unwrap_or(&[]), out, b"[", b"]")
}

fn list_binary_op(op: BinOp, a: Obj, b: Obj) -> Result<Obj, Exc> {
    let x = as_slice(a).unwrap_or(&[]);
    match op {
        BinOp::Add => {
            let Some(y) = as_slice(b) else { return Ok(Obj::NULL) };
            let l = new(x)?;
            for &i in y {
                append(l, i)?;
            }
            Ok(l)
        }
        BinOp::Eq | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => match as_slice(b) {
            Some(y) => tuple::compare_seq(op, x, y),
            None if op == BinOp::Eq => Ok(Obj::FALSE),
            None => Ok(Obj::NULL),
        },
        BinOp::In => {
            for &item in x {
                if super::equal(item, b)? {
                    return Ok(Obj::TRUE);
                }
            }
            Ok(Obj::FALSE)
        }
        _ => Ok(Obj::NULL),
    }
}

fn list_subscr(o: Obj, index: Obj, value: Obj) -> Result<Obj, Exc> {
    let Some(l) = o.downcast::<ListObj>() else { return Ok(Obj::NULL) };
    let items = as_mut_slice(l);
    let i = int::index_of(index, items.len(), "list index out of range")?;
    if value.is_null() {
        Ok(items[i])
    } else if value == super::SENTINEL_DELETE {
        items[i..].rotate_left(1);
        l.len.set(items.len() - 1);
        Ok(Obj::NONE)
    } else {
        items[i] = value;
        Ok(Obj::NONE)
    }
}
