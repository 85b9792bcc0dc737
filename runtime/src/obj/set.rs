//! `set` and `frozenset` (MicroPython's `objset.c`): the keys of the shared hash table
//! (`dict::table`), kept in insertion order, with the set algebra as methods and operators.
//! A frozenset hashes by its items, order-independently, so equal frozensets hash alike.

use crate::obj::TypeExt;
use core::cell::Cell;

use super::dict::table::{self, Table};
use super::dict::{RomDict, RomEntry};
use super::fun::NativeFn;
use super::repr::{ObjBase, PyObj};
use super::{exc, Args, Obj, Type};
use crate::bytecode::BinOp;
use crate::gc;
use crate::print::{Print, PrintKind};
use exc::Exc;

/// A set or a frozenset: a header and its table (values unused).
#[repr(C)]
pub struct SetObj {
    pub base: ObjBase,
    pub table: Table,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; set and frozenset objects are both `SetObj`s.
unsafe impl PyObj for SetObj {
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &SET_TYPE) || is_frozenset_type(ty)
    }
}

#[cfg(mp_feature = "frozenset")]
fn is_frozenset_type(ty: &'static Type) -> bool {
    core::ptr::eq(ty, &FROZENSET_TYPE)
}

#[cfg(not(mp_feature = "frozenset"))]
fn is_frozenset_type(_ty: &'static Type) -> bool {
    false
}

impl SetObj {
    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// Whether this is a frozenset (the built-in part's type).
    fn frozen(&self) -> bool {
        is_frozenset_type(self.base.ty)
    }

    /// `x in self`.
    ///
    /// # Errors
    /// `TypeError` for an unhashable `x`; whatever `__hash__`/`__eq__` raise.
    pub fn contains(&self, x: Obj) -> Result<bool, Exc> {
        Ok(self.table.get(x)?.is_some())
    }

    /// Add `x` (no change if an equal item is present).
    ///
    /// # Errors
    /// `MemoryError`, `TypeError` for an unhashable `x`.
    pub fn add(&self, x: Obj) -> Result<(), Exc> {
        self.table.insert(x, Obj::NULL).map(|_| ())
    }

    /// Remove `x`; whether it was there.
    ///
    /// # Errors
    /// `TypeError` for an unhashable `x`.
    pub fn discard(&self, x: Obj) -> Result<bool, Exc> {
        Ok(self.table.remove(x)?.is_some())
    }

    /// The items from slot `*pos` on, in insertion order.
    pub fn next(&self, pos: &mut usize) -> Option<Obj> {
        self.table.next(pos).map(|e| e.key)
    }
}

static SET_LOCALS: RomDict = RomDict::new(&super::dict::sort_entries([
    RomEntry::new(qstr!("__contains__"), Obj::from_static(&CONTAINS)),
    RomEntry::new(qstr!("add"), Obj::from_static(&ADD)),
    RomEntry::new(qstr!("clear"), Obj::from_static(&CLEAR)),
    RomEntry::new(qstr!("copy"), Obj::from_static(&COPY)),
    RomEntry::new(qstr!("difference"), Obj::from_static(&DIFFERENCE)),
    RomEntry::new(qstr!("difference_update"), Obj::from_static(&DIFFERENCE_UPDATE)),
    RomEntry::new(qstr!("discard"), Obj::from_static(&DISCARD)),
    RomEntry::new(qstr!("intersection"), Obj::from_static(&INTERSECTION)),
    RomEntry::new(qstr!("intersection_update"), Obj::from_static(&INTERSECTION_UPDATE)),
    RomEntry::new(qstr!("isdisjoint"), Obj::from_static(&ISDISJOINT)),
    RomEntry::new(qstr!("issubset"), Obj::from_static(&ISSUBSET)),
    RomEntry::new(qstr!("issuperset"), Obj::from_static(&ISSUPERSET)),
    RomEntry::new(qstr!("pop"), Obj::from_static(&POP)),
    RomEntry::new(qstr!("remove"), Obj::from_static(&REMOVE)),
    RomEntry::new(qstr!("symmetric_difference"), Obj::from_static(&SYMMETRIC_DIFFERENCE)),
    RomEntry::new(qstr!("symmetric_difference_update"), Obj::from_static(&SYMMETRIC_DIFFERENCE_UPDATE)),
    RomEntry::new(qstr!("union"), Obj::from_static(&UNION)),
    RomEntry::new(qstr!("update"), Obj::from_static(&UPDATE)),
]));

#[cfg(mp_feature = "frozenset")]
static FROZENSET_LOCALS: RomDict = RomDict::new(&super::dict::sort_entries([
    RomEntry::new(qstr!("__contains__"), Obj::from_static(&CONTAINS)),
    RomEntry::new(qstr!("copy"), Obj::from_static(&COPY)),
    RomEntry::new(qstr!("difference"), Obj::from_static(&DIFFERENCE)),
    RomEntry::new(qstr!("intersection"), Obj::from_static(&INTERSECTION)),
    RomEntry::new(qstr!("isdisjoint"), Obj::from_static(&ISDISJOINT)),
    RomEntry::new(qstr!("issubset"), Obj::from_static(&ISSUBSET)),
    RomEntry::new(qstr!("issuperset"), Obj::from_static(&ISSUPERSET)),
    RomEntry::new(qstr!("symmetric_difference"), Obj::from_static(&SYMMETRIC_DIFFERENCE)),
    RomEntry::new(qstr!("union"), Obj::from_static(&UNION)),
]));

const ANY: u8 = NativeFn::VARARGS;
static CONTAINS: NativeFn =
    NativeFn::new(qstr!("__contains__"), 2, 2, |a| Ok(Obj::from_bool(this(a[0])?.contains(a[1])?)));
static ADD: NativeFn = NativeFn::new(qstr!("add"), 2, 2, set_add);
static CLEAR: NativeFn = NativeFn::new(qstr!("clear"), 1, 1, set_clear);
static COPY: NativeFn = NativeFn::new(qstr!("copy"), 1, 1, set_copy);
static DIFFERENCE: NativeFn = NativeFn::new(qstr!("difference"), 1, ANY, |a| algebra(a, Algebra::Difference));
static DIFFERENCE_UPDATE: NativeFn =
    NativeFn::new(qstr!("difference_update"), 1, ANY, |a| update(a, Algebra::Difference));
static DISCARD: NativeFn = NativeFn::new(qstr!("discard"), 2, 2, set_discard);
static INTERSECTION: NativeFn = NativeFn::new(qstr!("intersection"), 1, ANY, |a| algebra(a, Algebra::Intersection));
static INTERSECTION_UPDATE: NativeFn =
    NativeFn::new(qstr!("intersection_update"), 1, ANY, |a| update(a, Algebra::Intersection));
static ISDISJOINT: NativeFn = NativeFn::new(qstr!("isdisjoint"), 2, 2, set_isdisjoint);
static ISSUBSET: NativeFn = NativeFn::new(qstr!("issubset"), 2, 2, |a| subset_of(a[0], a[1], false));
static ISSUPERSET: NativeFn = NativeFn::new(qstr!("issuperset"), 2, 2, |a| subset_of(a[0], a[1], true));
static POP: NativeFn = NativeFn::new(qstr!("pop"), 1, 1, set_pop);
static REMOVE: NativeFn = NativeFn::new(qstr!("remove"), 2, 2, set_remove);
static SYMMETRIC_DIFFERENCE: NativeFn =
    NativeFn::new(qstr!("symmetric_difference"), 2, 2, |a| algebra(a, Algebra::SymmetricDifference));
static SYMMETRIC_DIFFERENCE_UPDATE: NativeFn =
    NativeFn::new(qstr!("symmetric_difference_update"), 2, 2, |a| update(a, Algebra::SymmetricDifference));
static UNION: NativeFn = NativeFn::new(qstr!("union"), 1, ANY, |a| algebra(a, Algebra::Union));
static UPDATE: NativeFn = NativeFn::new(qstr!("update"), 1, ANY, |a| update(a, Algebra::Union));

pub static SET_TYPE: Type = Type {
    name: qstr!("set"),
    make_new: Some(set_make_new),
    print: Some(set_print),
    locals: Some(&SET_LOCALS),
    ext: Some(&TypeExt {
        binary_op: Some(set_binary_op),
        iter: Some(set_iter),
        len: Some(|o| Ok(o.downcast::<SetObj>().map(SetObj::len))),
        ..TypeExt::EMPTY
    }),
    ..Type::EMPTY
};

#[cfg(mp_feature = "frozenset")]
pub static FROZENSET_TYPE: Type = Type {
    name: qstr!("frozenset"),
    make_new: Some(set_make_new),
    print: Some(set_print),
    locals: Some(&FROZENSET_LOCALS),
    ext: Some(&TypeExt {
        binary_op: Some(set_binary_op),
        iter: Some(set_iter),
        len: Some(|o| Ok(o.downcast::<SetObj>().map(SetObj::len))),
        ..TypeExt::EMPTY
    }),
    ..Type::EMPTY
};

/// The set (or frozenset) behind a method's `self`.
fn this(o: Obj) -> Result<&'static SetObj, Exc> {
    o.downcast::<SetObj>().ok_or_else(|| exc::wrong_self(&SET_TYPE, o))
}

/// A mutable set behind a method's `self` (the methods only sets have).
fn this_mut(o: Obj) -> Result<&'static SetObj, Exc> {
    match o.downcast::<SetObj>() {
        Some(s) if !s.frozen() => Ok(s),
        _ => Err(exc::wrong_self(&SET_TYPE, o)),
    }
}

fn empty(ty: &'static Type) -> Result<&'static SetObj, Exc> {
    gc::new(SetObj { base: ObjBase::new(ty), table: Table::new() })
}

/// A new set holding `items` (what `{a, b}` builds).
///
/// # Errors
/// `MemoryError`, `TypeError` for an unhashable item.
pub fn new(items: &[Obj]) -> Result<Obj, Exc> {
    let s = empty(&SET_TYPE)?;
    s.table.reserve(items.len())?;
    for &x in items {
        s.add(x)?;
    }
    Ok(Obj::from_ref(s))
}

/// `set.add(x)` on a set object (what a set comprehension does).
///
/// # Errors
/// `MemoryError`, `TypeError` for an unhashable item or when `set` is not a set.
pub fn add(set: Obj, x: Obj) -> Result<(), Exc> {
    this_mut(set)?.add(x)
}

/// Add every item of the iterable `src` to `s`.
fn extend(s: &SetObj, src: Obj) -> Result<(), Exc> {
    if let Some(o) = src.downcast::<SetObj>() {
        let mut pos = 0;
        while let Some(e) = o.table.next(&mut pos) {
            s.table.insert_hashed(e.key, Obj::NULL, table::key_hash(e.key)?)?;
        }
        return Ok(());
    }
    let it = super::get_iter(src)?;
    loop {
        crate::vm::poll_interrupt()?;
        let x = super::iter_next(it)?;
        if x.is_null() {
            return Ok(());
        }
        s.add(x)?;
    }
}

/// A new set or frozenset (`ty`) with the items of `src` (which may be NULL: empty).
fn from_iterable(ty: &'static Type, src: Obj) -> Result<&'static SetObj, Exc> {
    let s = empty(ty)?;
    if let Some(o) = src.downcast::<SetObj>() {
        s.table.copy_from(&o.table)?;
    } else if !src.is_null() {
        extend(s, src)?;
    }
    Ok(s)
}

fn set_make_new(ty: &'static Type, args: Args<'_>) -> Result<Obj, Exc> {
    let args = args.no_kw()?;
    match args {
        [] => Ok(Obj::from_ref(empty(ty)?)),
        // An existing frozenset is its own copy.
        [x] if is_frozenset_type(ty) && is_frozenset_type(x.ty()) => Ok(*x),
        [x] => Ok(Obj::from_ref(from_iterable(ty, *x)?)),
        _ => Err(exc::at_most_args(1, args.len())),
    }
}

fn set_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    let Some(s) = o.downcast::<SetObj>() else { return Ok(()) };
    let frozen = s.frozen();
    if s.is_empty() {
        return out.write(if frozen { b"frozenset()" } else { b"set()" });
    }
    if frozen {
        out.write(b"frozenset(")?;
    }
    out.write(b"{")?;
    let mut pos = 0;
    let mut first = true;
    while let Some(x) = s.next(&mut pos) {
        if !first {
            out.write(b", ")?;
        }
        first = false;
        super::print(x, out, PrintKind::Repr)?;
    }
    out.write(b"}")?;
    if frozen {
        out.write(b")")?;
    }
    Ok(())
}

/// The set algebra, as methods (`union`, ...) and operators (`|`, ...).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Algebra {
    Union,
    Intersection,
    Difference,
    SymmetricDifference,
}

/// `s` combined with the set `other` into `out` (empty, distinct from both).
fn combine(out: &SetObj, s: &SetObj, other: &SetObj, op: Algebra) -> Result<(), Exc> {
    let mut pos = 0;
    match op {
        Algebra::Union => {
            out.table.copy_from(&s.table)?;
            extend(out, Obj::from_ref(other))?;
        }
        Algebra::Intersection | Algebra::Difference => {
            let keep = op == Algebra::Intersection;
            while let Some(e) = s.table.next(&mut pos) {
                let h = table::key_hash(e.key)?;
                if other.table.lookup(e.key, h)?.is_some() == keep {
                    out.table.insert_hashed(e.key, Obj::NULL, h)?;
                }
            }
        }
        Algebra::SymmetricDifference => {
            while let Some(e) = s.table.next(&mut pos) {
                let h = table::key_hash(e.key)?;
                if other.table.lookup(e.key, h)?.is_none() {
                    out.table.insert_hashed(e.key, Obj::NULL, h)?;
                }
            }
            pos = 0;
            while let Some(e) = other.table.next(&mut pos) {
                let h = table::key_hash(e.key)?;
                if s.table.lookup(e.key, h)?.is_none() {
                    out.table.insert_hashed(e.key, Obj::NULL, h)?;
                }
            }
        }
    }
    Ok(())
}

/// `o` as a set: itself if it is one, else a new set of its items.
fn as_set(o: Obj) -> Result<&'static SetObj, Exc> {
    match o.downcast::<SetObj>() {
        Some(s) => Ok(s),
        None => from_iterable(&SET_TYPE, o),
    }
}

/// The type a result of an operation on `s` has: set or frozenset (never a subclass).
fn base_type(s: &SetObj) -> &'static Type {
    s.base.ty
}

/// `s.union(*others)` and friends: a new set of `s`'s kind.
fn algebra(a: &[Obj], op: Algebra) -> Result<Obj, Exc> {
    let s = this(a[0])?;
    let mut acc = from_iterable(base_type(s), Obj::from_ref(s))?;
    for &o in &a[1..] {
        let other = as_set(o)?;
        let out = empty(base_type(s))?;
        combine(out, acc, other, op)?;
        acc = out;
    }
    Ok(Obj::from_ref(acc))
}

/// `s.update(*others)` and friends: `s` changed in place.
fn update(a: &[Obj], op: Algebra) -> Result<Obj, Exc> {
    let s = this_mut(a[0])?;
    for &o in &a[1..] {
        update_one(s, o, op)?;
    }
    Ok(Obj::NONE)
}

fn update_one(s: &SetObj, o: Obj, op: Algebra) -> Result<(), Exc> {
    match op {
        Algebra::Union => extend(s, o),
        Algebra::Difference => {
            let other = as_set(o)?;
            if core::ptr::eq(other, s) {
                s.table.clear();
                return Ok(());
            }
            let mut pos = 0;
            while let Some(e) = other.table.next(&mut pos) {
                s.table.remove_hashed(e.key, table::key_hash(e.key)?)?;
            }
            Ok(())
        }
        _ => {
            let other = as_set(o)?;
            let out = empty(&SET_TYPE)?;
            combine(out, s, other, op)?;
            s.table.clear();
            s.table.copy_from(&out.table)
        }
    }
}

/// Whether every item of `a` is in `b` (`a <= b`).
fn is_subset(a: &SetObj, b: &SetObj) -> Result<bool, Exc> {
    if a.len() > b.len() {
        return Ok(false);
    }
    let mut pos = 0;
    while let Some(e) = a.table.next(&mut pos) {
        if b.table.lookup(e.key, table::key_hash(e.key)?)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

fn subset_of(s: Obj, o: Obj, superset: bool) -> Result<Obj, Exc> {
    let s = this(s)?;
    let o = as_set(o)?;
    Ok(Obj::from_bool(if superset { is_subset(o, s)? } else { is_subset(s, o)? }))
}

fn set_isdisjoint(a: &[Obj]) -> Result<Obj, Exc> {
    let s = this(a[0])?;
    let it = super::get_iter(a[1])?;
    loop {
        crate::vm::poll_interrupt()?;
        let x = super::iter_next(it)?;
        if x.is_null() {
            return Ok(Obj::TRUE);
        }
        if s.contains(x)? {
            return Ok(Obj::FALSE);
        }
    }
}

fn set_add(a: &[Obj]) -> Result<Obj, Exc> {
    this_mut(a[0])?.add(a[1])?;
    Ok(Obj::NONE)
}

fn set_clear(a: &[Obj]) -> Result<Obj, Exc> {
    this_mut(a[0])?.table.clear();
    Ok(Obj::NONE)
}

fn set_copy(a: &[Obj]) -> Result<Obj, Exc> {
    let s = this(a[0])?;
    if s.frozen() && is_frozenset_type(a[0].ty()) {
        return Ok(a[0]);
    }
    Ok(Obj::from_ref(from_iterable(base_type(s), Obj::from_ref(s))?))
}

fn set_discard(a: &[Obj]) -> Result<Obj, Exc> {
    this_mut(a[0])?.discard(a[1])?;
    Ok(Obj::NONE)
}

fn set_remove(a: &[Obj]) -> Result<Obj, Exc> {
    if this_mut(a[0])?.discard(a[1])? {
        Ok(Obj::NONE)
    } else {
        Err(super::dict::key_error(a[1]))
    }
}

fn set_pop(a: &[Obj]) -> Result<Obj, Exc> {
    match this_mut(a[0])?.table.pop_first() {
        Some(e) => Ok(e.key),
        None => Err(exc::new_msg(&exc::KEY_ERROR, msg!("pop from an empty set"))),
    }
}

fn set_binary_op(op: BinOp, a: Obj, b: Obj) -> Result<Obj, Exc> {
    let Some(s) = a.downcast::<SetObj>() else { return Ok(Obj::NULL) };
    if op == BinOp::In {
        return Ok(Obj::from_bool(s.contains(b)?));
    }
    let Some(o) = b.downcast::<SetObj>() else {
        return Ok(if op == BinOp::Eq { Obj::FALSE } else { Obj::NULL });
    };
    let alg = match op {
        BinOp::Or => Algebra::Union,
        BinOp::And => Algebra::Intersection,
        BinOp::Sub => Algebra::Difference,
        BinOp::Xor => Algebra::SymmetricDifference,
        BinOp::Eq => return Ok(Obj::from_bool(s.len() == o.len() && is_subset(s, o)?)),
        BinOp::Le => return Ok(Obj::from_bool(is_subset(s, o)?)),
        BinOp::Lt => return Ok(Obj::from_bool(s.len() < o.len() && is_subset(s, o)?)),
        BinOp::Ge => return Ok(Obj::from_bool(is_subset(o, s)?)),
        BinOp::Gt => return Ok(Obj::from_bool(s.len() > o.len() && is_subset(o, s)?)),
        _ => return Ok(Obj::NULL),
    };
    let out = empty(base_type(s))?;
    combine(out, s, o, alg)?;
    Ok(Obj::from_ref(out))
}

/// `a op= b` on a (mutable) set: changed in place, `a` returned; `NULL` when `a` is not a
/// set or `b` not a set or frozenset (then `a op b` is tried).
///
/// # Errors
/// `MemoryError`; whatever hashing and comparing the items raises.
pub fn inplace_op(op: BinOp, a: Obj, b: Obj) -> Result<Obj, Exc> {
    let (Some(s), Some(_)) = (a.downcast::<SetObj>(), b.downcast::<SetObj>()) else { return Ok(Obj::NULL) };
    if s.frozen() {
        return Ok(Obj::NULL);
    }
    let alg = match op {
        BinOp::Or => Algebra::Union,
        BinOp::And => Algebra::Intersection,
        BinOp::Sub => Algebra::Difference,
        BinOp::Xor => Algebra::SymmetricDifference,
        _ => return Ok(Obj::NULL),
    };
    update_one(s, b, alg)?;
    Ok(a)
}

/// `hash(o)` for a set (`TypeError`) or a frozenset (from its items, in any order);
/// `None` for anything else.
///
/// # Errors
/// `TypeError: unsupported type for __hash__: 'set'`.
pub fn hash(o: Obj) -> Option<Result<u32, Exc>> {
    let s = o.downcast::<SetObj>()?;
    if !s.frozen() {
        return Some(Err(exc::unhashable(o)));
    }
    let mut h: u32 = 0x1e5f_4c3d ^ s.len() as u32;
    let mut pos = 0;
    while let Some(e) = s.table.next(&mut pos) {
        // Mix each item's hash, then add: the order of the items does not matter.
        let x = match table::key_hash(e.key) {
            Ok(x) => x.wrapping_mul(0x9e37_79b1),
            Err(err) => return Some(Err(err)),
        };
        h = h.wrapping_add(x ^ (x >> 15) ^ 0x5bd1_e995);
    }
    Some(Ok(h))
}

/// Iterator over a set's items.
#[repr(C)]
struct SetIter {
    base: ObjBase,
    set: &'static SetObj,
    pos: Cell<usize>,
    /// The size when the iterator was made: a change is a `RuntimeError`.
    len: usize,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `SET_ITER_TYPE` objects are `SetIter`s.
unsafe impl PyObj for SetIter {
    const TYPE: Option<&'static Type> = Some(&SET_ITER_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &SET_ITER_TYPE)
    }
}

static SET_ITER_TYPE: Type = Type {
    name: qstr!("iterator"),
    ext: Some(&TypeExt { iternext: Some(set_iter_next), ..TypeExt::EMPTY }),
    ..Type::EMPTY
};

fn set_iter(o: Obj) -> Result<Obj, Exc> {
    let s = this(o)?;
    let it = SetIter { base: ObjBase::new(&SET_ITER_TYPE), set: s, pos: Cell::new(0), len: s.len() };
    Ok(Obj::from_ref(gc::new(it)?))
}

fn set_iter_next(o: Obj) -> Result<Obj, Exc> {
    let Some(it) = o.downcast::<SetIter>() else { return Ok(Obj::NULL) };
    if it.set.len() != it.len {
        return Err(exc::new_msg(&exc::RUNTIME_ERROR, msg!("Set changed size during iteration")));
    }
    let mut pos = it.pos.get();
    let r = it.set.next(&mut pos);
    it.pos.set(pos);
    Ok(r.unwrap_or(Obj::NULL))
}
