//! `tuple`: a length and the items inline after the header (ROM tuples use the same
//! layout with a fixed-size array).

use crate::obj::TypeExt;
use core::cell::Cell;

use super::dict::{RomDict, RomEntry};
use super::fun::NativeFn;
use super::list::ListObj;
use super::repr::{ObjBase, PyObj};
use super::{exc, seq, Obj, Type};
use crate::bytecode::BinOp;
use crate::gc;
use crate::print::{Print, PrintKind};
use exc::Exc;

/// Header of a tuple; `len` items follow.
#[repr(C)]
pub struct TupleObj {
    pub base: ObjBase,
    pub len: usize,
    items: [Obj; 0],
}

/// A tuple in ROM, laid out like `TupleObj` with its items.
#[repr(C)]
pub struct RomTuple<const N: usize> {
    pub base: ObjBase,
    pub len: usize,
    pub items: [Obj; N],
}

impl<const N: usize> RomTuple<N> {
    pub const fn new(items: [Obj; N]) -> Self {
        RomTuple { base: ObjBase::new(&TUPLE_TYPE), len: N, items }
    }
}

/// A named tuple in ROM (MicroPython's attrtuple): the items, then the field names as
/// a tuple of qstrs in the slot just past the items.
#[repr(C)]
pub struct RomAttrTuple<const N: usize> {
    pub base: ObjBase,
    pub len: usize,
    pub items: [Obj; N],
    pub fields: Obj,
}

impl<const N: usize> RomAttrTuple<N> {
    pub const fn new(items: [Obj; N], fields: &'static RomTuple<N>) -> Self {
        RomAttrTuple { base: ObjBase::new(&ATTRTUPLE_TYPE), len: N, items, fields: Obj::from_static(fields) }
    }
}

// SAFETY: same layout prefix as `TupleObj`.
unsafe impl<const N: usize> PyObj for RomAttrTuple<N> {
    const TYPE: Option<&'static Type> = Some(&ATTRTUPLE_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &ATTRTUPLE_TYPE)
    }
}

pub static ATTRTUPLE_TYPE: Type = Type {
    name: qstr!("tuple"),
    parent: Some(&TUPLE_TYPE),
    print: Some(attrtuple_print),
    attr: Some(attrtuple_attr),
    ext: TUPLE_TYPE.ext,
    ..Type::EMPTY
};

/// The field names of an attrtuple (the word after its items).
fn attr_fields(o: Obj) -> &'static [Obj] {
    let Some(t) = o.downcast::<TupleObj>() else { return &[] };
    if !core::ptr::eq(o.ty(), &ATTRTUPLE_TYPE) {
        return &[];
    }
    // SAFETY: attrtuples are `RomAttrTuple<N>`s: the `fields` word follows the `len` items.
    let f = unsafe { *t.items.as_ptr().add(t.len) };
    as_slice(f).unwrap_or(&[])
}

fn attrtuple_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    // The items print through `super::print`, which checks the stack.
    let items = as_slice(o).unwrap_or(&[]);
    out.write(b"(")?;
    for (i, (&x, &f)) in items.iter().zip(attr_fields(o)).enumerate() {
        if i > 0 {
            out.write(b", ")?;
        }
        super::print(f, out, PrintKind::Str)?;
        out.write(b"=")?;
        super::print(x, out, PrintKind::Repr)?;
    }
    out.write(b")")
}

fn attrtuple_attr(o: Obj, name: crate::qstr::Qstr) -> Result<Obj, Exc> {
    let items = as_slice(o).unwrap_or(&[]);
    let key = Obj::from_qstr(name);
    Ok(attr_fields(o).iter().position(|&f| f == key).and_then(|i| items.get(i).copied()).unwrap_or(Obj::NULL))
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; tuples and attrtuples share this layout prefix.
unsafe impl PyObj for TupleObj {
    const TYPE: Option<&'static Type> = Some(&TUPLE_TYPE);
    const ALT_TYPE: Option<&'static Type> = Some(&ATTRTUPLE_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &TUPLE_TYPE) || core::ptr::eq(ty, &ATTRTUPLE_TYPE)
    }
}
// SAFETY: same layout prefix as `TupleObj`.
unsafe impl<const N: usize> PyObj for RomTuple<N> {
    const TYPE: Option<&'static Type> = Some(&TUPLE_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &TUPLE_TYPE)
    }
}

pub static EMPTY: RomTuple<0> = RomTuple::new([]);
pub const EMPTY_OBJ: Obj = Obj::from_static(&EMPTY);

pub static TUPLE_TYPE: Type = Type {
    name: qstr!("tuple"),
    make_new: Some(tuple_make_new),
    print: Some(tuple_print),
    locals: Some(&TUPLE_LOCALS),
    ext: Some(&TypeExt {
        binary_op: Some(tuple_binary_op),
        subscr: Some(tuple_subscr),
        iter: Some(seq_iter),
        len: Some(tuple_len),
        ..TypeExt::EMPTY
    }),
    ..Type::EMPTY
};

static TUPLE_LOCALS: RomDict = RomDict::new(&super::dict::sort_entries([
    RomEntry::new(qstr!("count"), Obj::from_static(&COUNT)),
    RomEntry::new(qstr!("index"), Obj::from_static(&INDEX)),
]));
static COUNT: NativeFn = NativeFn::new(qstr!("count"), 2, 2, tuple_count);
static INDEX: NativeFn = NativeFn::new(qstr!("index"), 2, 4, tuple_index);

/// The tuple behind a method's `self`.
fn this(o: Obj) -> Result<&'static [Obj], Exc> {
    as_slice(o).ok_or_else(|| exc::wrong_self(&TUPLE_TYPE, o))
}

fn tuple_count(a: &[Obj]) -> Result<Obj, Exc> {
    Ok(Obj::small_int(super::list::count(Items::Slice(this(a[0])?), a[1])? as isize))
}

fn tuple_index(a: &[Obj]) -> Result<Obj, Exc> {
    let t = this(a[0])?;
    let (start, end) = super::seq::bounds(a[0], &a[2..], t.len())?;
    Ok(Obj::small_int(super::list::position(Items::Slice(t), a[1], start, end)? as isize))
}

/// The items of a tuple.
#[inline]
pub fn as_slice(o: Obj) -> Option<&'static [Obj]> {
    let t = o.downcast::<TupleObj>()?;
    // SAFETY: a tuple object is followed by `len` initialised items in the same
    // allocation (heap: `new` below; ROM: `RomTuple<N>` with `len == N`).
    Some(unsafe { core::slice::from_raw_parts(t.items.as_ptr(), t.len) })
}

/// A new tuple holding `items`.
///
/// # Errors
/// `MemoryError`.
pub fn new(items: &[Obj]) -> Result<Obj, Exc> {
    if items.is_empty() {
        return Ok(EMPTY_OBJ);
    }
    let (t, slots) = alloc(items.len())?;
    slots.copy_from_slice(items);
    Ok(t)
}

/// A new tuple of `n` `None`s and its item slots, to fill in.
///
/// # Errors
/// `MemoryError`.
pub fn alloc(n: usize) -> Result<(Obj, &'static mut [Obj]), Exc> {
    let size = n
        .checked_mul(core::mem::size_of::<Obj>())
        .and_then(|b| b.checked_add(core::mem::size_of::<TupleObj>()))
        .ok_or_else(exc::memory_error)?;
    let p = gc::alloc(size)?.cast::<TupleObj>().as_ptr();
    // SAFETY: `p` is a fresh zeroed allocation of `size` bytes: room for the header and
    // `n` items; we initialise the header, then every item, before handing it out.
    unsafe {
        p.write(TupleObj { base: ObjBase::new(&TUPLE_TYPE), len: n, items: [] });
        let items = core::ptr::addr_of_mut!((*p).items) as *mut Obj;
        for i in 0..n {
            items.add(i).write(Obj::NONE);
        }
        Ok((Obj::from_ref(&*p), core::slice::from_raw_parts_mut(items, n)))
    }
}

fn tuple_len(o: Obj) -> Result<Option<usize>, Exc> {
    Ok(as_slice(o).map(<[Obj]>::len))
}

fn tuple_make_new(_ty: &'static Type, args: super::Args<'_>) -> Result<Obj, Exc> {
    let args = args.no_kw()?;
    match args {
        [] => Ok(EMPTY_OBJ),
        [x] => {
            // A tuple is returned as is; an instance of a subclass (a namedtuple) is copied.
            if core::ptr::eq(x.ty(), &TUPLE_TYPE) {
                return Ok(*x);
            }
            if let Some(items) = as_slice(*x) {
                return new(items);
            }
            let mut v = gc::GcVec::new();
            let it = super::get_iter(*x)?;
            loop {
                crate::vm::poll_interrupt()?;
                let item = super::iter_next(it)?;
                if item.is_null() {
                    break;
                }
                v.push(item)?;
            }
            new(&v)
        }
        _ => Err(exc::at_most_args(1, args.len())),
    }
}

/// The items of a tuple or a list (or an argument slice), read one at a time.
///
/// A tuple's items never change. A list's are read afresh by every [`Items::get`] and
/// [`Items::len`]: printing or comparing an item may run code that changes the list, so no
/// slice of a list's items is kept across such a call (see docs/ARCHITECTURE.md, "Buffers
/// and views").
#[derive(Clone, Copy)]
pub enum Items<'a> {
    Slice(&'a [Obj]),
    List(&'a ListObj),
}

impl Items<'static> {
    /// The items of `o` if it is a tuple or a list.
    pub fn of(o: Obj) -> Option<Items<'static>> {
        if let Some(t) = as_slice(o) {
            return Some(Items::Slice(t));
        }
        o.downcast::<ListObj>().map(Items::List)
    }
}

impl Items<'_> {
    /// The number of items now.
    pub fn len(self) -> usize {
        match self {
            Items::Slice(s) => s.len(),
            Items::List(l) => l.len(),
        }
    }

    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// Item `i` now, if there is one.
    pub fn get(self, i: usize) -> Option<Obj> {
        match self {
            Items::Slice(s) => s.get(i).copied(),
            Items::List(l) => l.get(i),
        }
    }
}

/// Print items between `open` and `close`, comma-separated.
///
/// # Errors
/// As `Print::write`; `RuntimeError` for containers nested too deep (from `super::print`).
pub fn print_items(items: Items<'_>, out: &mut dyn Print, open: &[u8], close: &[u8]) -> Result<(), Exc> {
    out.write(open)?;
    let mut i = 0;
    while let Some(x) = items.get(i) {
        // Printing a container of shared (long) items is unbounded by the heap: poll.
        crate::vm::poll_interrupt()?;
        if i > 0 {
            out.write(b", ")?;
        }
        super::print(x, out, PrintKind::Repr)?;
        i += 1;
    }
    out.write(close)
}

fn tuple_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    let items = as_slice(o).unwrap_or(&[]);
    if items.len() == 1 {
        return print_items(Items::Slice(items), out, b"(", b",)");
    }
    print_items(Items::Slice(items), out, b"(", b")")
}

/// Lexicographic comparison of two sequences (two tuples, or two lists).
///
/// # Errors
/// Whatever comparing the items raises; `RuntimeError` for sequences nested too deep (or
/// containing themselves).
pub fn compare_seq(op: BinOp, x: Items<'_>, y: Items<'_>) -> Result<Obj, Exc> {
    crate::gc::root::check_stack()?;
    let mut i = 0;
    while let (Some(a), Some(b)) = (x.get(i), y.get(i)) {
        // Items may be long sequences themselves (shared, so not bounded by the heap).
        crate::vm::poll_interrupt()?;
        if !super::equal(a, b)? {
            if op == BinOp::Eq {
                return Ok(Obj::FALSE);
            }
            return super::binary_op(op, a, b);
        }
        i += 1;
    }
    let (m, n) = (x.len(), y.len());
    Ok(Obj::from_bool(match op {
        BinOp::Eq => m == n,
        BinOp::Lt => m < n,
        BinOp::Le => m <= n,
        BinOp::Gt => m > n,
        _ => m >= n,
    }))
}

fn tuple_binary_op(op: BinOp, a: Obj, b: Obj) -> Result<Obj, Exc> {
    let x = as_slice(a).unwrap_or(&[]);
    match op {
        BinOp::Add => {
            let Some(y) = as_slice(b) else { return Ok(Obj::NULL) };
            let (t, slots) = alloc(x.len().checked_add(y.len()).ok_or_else(exc::memory_error)?)?;
            slots[..x.len()].copy_from_slice(x);
            slots[x.len()..].copy_from_slice(y);
            Ok(t)
        }
        BinOp::Mul => {
            let Some(n) = seq::repeat_count(b)? else { return Ok(Obj::NULL) };
            if n == 1 && core::ptr::eq(a.ty(), &TUPLE_TYPE) {
                return Ok(a);
            }
            let total = seq::repeat_len(x.len(), n)?;
            if total == 0 {
                return Ok(EMPTY_OBJ);
            }
            let (t, slots) = alloc(total)?;
            for chunk in slots.chunks_mut(x.len()) {
                chunk.copy_from_slice(x);
            }
            Ok(t)
        }
        BinOp::Eq | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => match as_slice(b) {
            Some(y) => compare_seq(op, Items::Slice(x), Items::Slice(y)),
            None if op == BinOp::Eq => Ok(Obj::FALSE),
            None => Ok(Obj::NULL),
        },
        BinOp::In => {
            for &item in x {
                crate::vm::poll_interrupt()?;
                if super::equal(item, b)? {
                    return Ok(Obj::TRUE);
                }
            }
            Ok(Obj::FALSE)
        }
        _ => Ok(Obj::NULL),
    }
}

/// `t[start:stop:step]`.
///
/// # Errors
/// As `slice::indices_of`; `MemoryError`.
pub fn slice_parts(o: Obj, s: super::slice::Parts) -> Result<Obj, Exc> {
    let items = as_slice(o).unwrap_or(&[]);
    let (start, stop, step) = super::slice::indices_of(s, items.len())?;
    let n = super::slice::count(start, stop, step);
    if n == items.len() && step == 1 && core::ptr::eq(o.ty(), &TUPLE_TYPE) {
        return Ok(o);
    }
    if n == 0 {
        return Ok(EMPTY_OBJ);
    }
    let (t, slots) = alloc(n)?;
    for (k, slot) in slots.iter_mut().enumerate() {
        *slot = items[(start + k as isize * step) as usize];
    }
    Ok(t)
}

fn tuple_subscr(o: Obj, index: Obj, value: Obj) -> Result<Obj, Exc> {
    if !value.is_null() {
        return super::subscr_unsupported(o, value);
    }
    if let Some(s) = index.downcast::<super::slice::SliceObj>() {
        return slice_parts(o, s.parts());
    }
    let items = as_slice(o).unwrap_or(&[]);
    let i = seq::index(o, index, items.len(), msg!("tuple index out of range"))?;
    Ok(items[i])
}

/// Iterator over a tuple or list by index.
#[repr(C)]
struct SeqIter {
    base: ObjBase,
    seq: Obj,
    idx: Cell<usize>,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `SEQ_ITER_TYPE` objects are `SeqIter`s.
unsafe impl PyObj for SeqIter {
    const TYPE: Option<&'static Type> = Some(&SEQ_ITER_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &SEQ_ITER_TYPE)
    }
}

static SEQ_ITER_TYPE: Type = Type {
    name: qstr!("iterator"),
    ext: Some(&TypeExt { iternext: Some(seq_iter_next), ..TypeExt::EMPTY }),
    ..Type::EMPTY
};

/// An iterator over a tuple or a list.
///
/// # Errors
/// `MemoryError`.
pub fn seq_iter(o: Obj) -> Result<Obj, Exc> {
    let it = gc::new(SeqIter { base: ObjBase::new(&SEQ_ITER_TYPE), seq: o, idx: Cell::new(0) })?;
    Ok(Obj::from_ref(it))
}

fn seq_iter_next(o: Obj) -> Result<Obj, Exc> {
    let Some(it) = o.downcast::<SeqIter>() else { return Ok(Obj::NULL) };
    let i = it.idx.get();
    match Items::of(it.seq).and_then(|items| items.get(i)) {
        Some(x) => {
            it.idx.set(i + 1);
            Ok(x)
        }
        None => Ok(Obj::NULL),
    }
}

/// Iterator calling `seq[0], seq[1], ...` until `IndexError` (the old sequence protocol,
/// for classes with `__getitem__` and no `__iter__`).
static GETITEM_ITER_TYPE: Type = Type {
    name: qstr!("iterator"),
    ext: Some(&TypeExt { iternext: Some(getitem_iter_next), ..TypeExt::EMPTY }),
    ..Type::EMPTY
};

/// An iterator over `o` by `__getitem__`.
///
/// # Errors
/// `MemoryError`.
pub fn getitem_iter(o: Obj) -> Result<Obj, Exc> {
    let it = gc::new(SeqIter { base: ObjBase::new(&GETITEM_ITER_TYPE), seq: o, idx: Cell::new(0) })?;
    Ok(Obj::from_ref(it))
}

fn getitem_iter_next(o: Obj) -> Result<Obj, Exc> {
    if !super::is_type(o, &GETITEM_ITER_TYPE) {
        return Ok(Obj::NULL);
    }
    // SAFETY-free access: the object was made by `getitem_iter` with the `SeqIter` layout.
    let Some(it) = o.downcast::<GetItemIterView>().map(|v| &v.0) else { return Ok(Obj::NULL) };
    let i = it.idx.get();
    let idx = super::int::from_i64(i as i64)?;
    match super::subscr(it.seq, idx, Obj::NULL) {
        Ok(v) => {
            it.idx.set(i + 1);
            Ok(v)
        }
        Err(e) if e.is(&super::exc::INDEX_ERROR) || e.is(&super::exc::STOP_ITERATION) => Ok(Obj::NULL),
        Err(e) => Err(e),
    }
}

#[repr(transparent)]
struct GetItemIterView(SeqIter);

// SAFETY: `GetItemIterView` is a transparent `SeqIter`; only `GETITEM_ITER_TYPE` objects
// (made by `getitem_iter` as `SeqIter`s) have this layout.
unsafe impl PyObj for GetItemIterView {
    const TYPE: Option<&'static Type> = Some(&GETITEM_ITER_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &GETITEM_ITER_TYPE)
    }
}
