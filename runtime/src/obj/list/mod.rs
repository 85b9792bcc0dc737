//! `list`: a growable array of items in a separate heap block. The methods are here;
//! `sort` is in [`sort`], slicing in [`slice`].

pub mod slice;
mod sort;

pub use sort::sort;

use crate::obj::TypeExt;
use core::cell::Cell;

use super::dict::{RomDict, RomEntry};
use super::fun::NativeFn;
use super::repr::{ObjBase, PyObj};
use super::tuple::{self, Items};
use super::{exc, seq, Obj, Type};
use crate::bytecode::BinOp;
use crate::gc;
use crate::print::{Print, PrintKind};
use exc::Exc;

/// A list. Its items live in a separate block, which the list only ever *replaces* when it
/// grows (never frees or moves in place): a view of the old block stays valid memory while
/// it is held, and the GC reclaims the block once nothing points into it. Items are written
/// through cells, never through `&mut` slices, so views may alias the list freely. See
/// docs/ARCHITECTURE.md, "Buffers and views".
#[repr(C)]
pub struct ListObj {
    pub base: ObjBase,
    /// `cap` slots; the first `len` hold the items. A slot past `len` that once held an item
    /// holds a valid object (`None`) for stale views; the others are zero and unreachable.
    items: Cell<*mut Obj>,
    len: Cell<usize>,
    cap: Cell<usize>,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; `LIST_TYPE` objects are lists.
unsafe impl PyObj for ListObj {
    const TYPE: Option<&'static Type> = Some(&LIST_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &LIST_TYPE)
    }
}

impl ListObj {
    /// The number of items now.
    pub fn len(&self) -> usize {
        self.len.get()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Item `i` now, if there is one.
    pub fn get(&self, i: usize) -> Option<Obj> {
        self.view().get(i).map(Cell::get)
    }

    /// The items now, as cells.
    ///
    /// The view stays readable, with valid objects, whatever runs while it is held: growing
    /// the list moves the items to a new block and leaves this one (with its old contents)
    /// to the GC, which keeps it while the view is on the stack; shrinking only rewrites
    /// slots in place. It is a snapshot of where the items *were*: after running anything
    /// that may change the list, take a new view (or use [`ListObj::get`]).
    pub fn view(&self) -> &'static [Cell<Obj>] {
        let len = self.len.get();
        if len == 0 {
            return &[];
        }
        // SAFETY: `items` points at a heap block of `cap >= len` slots, the first `len`
        // initialised. `Cell<Obj>` has the layout of `Obj`, and the list itself writes its
        // items only through cells or raw pointers, never through `&mut`, so shared views may
        // alias each other and the writes. The block is never freed while referenced: the
        // list only replaces it, and the conservative GC keeps it alive while this slice (on
        // the stack) points into it.
        unsafe { core::slice::from_raw_parts(self.items.get() as *const Cell<Obj>, len) }
    }

    /// A new block of `cap` slots holding `parts` one after the other, which becomes the
    /// list's items (the old block is left to the GC: `Heap::realloc` would free it at once,
    /// under any view still reading it).
    fn rebuild(&self, cap: usize, items: impl Iterator<Item = Obj>) -> Result<(), Exc> {
        let bytes = cap.checked_mul(core::mem::size_of::<Obj>()).ok_or_else(exc::memory_error)?;
        let p = gc::alloc(bytes)?.as_ptr() as *mut Obj;
        let mut n = 0;
        for x in items.take(cap) {
            // SAFETY: `n < cap` (`take`), and the fresh block has room for `cap` items;
            // nothing else refers to it yet.
            unsafe { p.add(n).write(x) };
            n += 1;
        }
        self.items.set(p);
        self.cap.set(cap);
        self.len.set(n);
        Ok(())
    }

    /// Make room for `extra` more items.
    fn reserve(&self, extra: usize) -> Result<(), Exc> {
        let (len, cap) = (self.len.get(), self.cap.get());
        let need = len.checked_add(extra).ok_or_else(exc::memory_error)?;
        if need <= cap {
            return Ok(());
        }
        // Double; with no room for that, a quarter more (as `GcVec::reserve`).
        match self.rebuild(gc::doubled(cap, need), cells(self.view())) {
            Err(e) if e.is(&exc::MEMORY_ERROR) => match gc::quarter_more(cap, need) {
                Some(c) => self.rebuild(c, cells(self.view())),
                None => Err(e),
            },
            r => r,
        }
    }

    /// Write `x` into slot `i`, which must lie in the block (`i < cap`).
    fn write_slot(&self, i: usize, x: Obj) {
        assert!(i < self.cap.get());
        // SAFETY: `i < cap`, so the slot is inside the items block; views only ever reach it
        // as cells (a stale view of a longer past), never as `&mut`.
        unsafe { self.items.get().add(i).write(x) };
    }

    fn push(&self, x: Obj) -> Result<(), Exc> {
        self.reserve(1)?;
        let len = self.len.get();
        self.write_slot(len, x);
        self.len.set(len + 1);
        Ok(())
    }

    /// Append `items`, which may read this list's own view: a view stays valid (and
    /// unchanged up to its length) while the list grows.
    fn extend_from(&self, items: impl ExactSizeIterator<Item = Obj>) -> Result<(), Exc> {
        let n = items.len();
        self.reserve(n)?;
        let len = self.len.get();
        for (k, x) in items.take(n).enumerate() {
            self.write_slot(len + k, x);
        }
        self.len.set(len + n);
        Ok(())
    }

    /// Remove and return item `i` (which must exist), shifting the rest down.
    fn remove(&self, i: usize) -> Obj {
        let items = self.view();
        let x = items[i].get();
        for j in i + 1..items.len() {
            items[j - 1].set(items[j].get());
        }
        // The freed slot keeps a valid object for stale views, but no longer the item.
        items[items.len() - 1].set(Obj::NONE);
        self.len.set(items.len() - 1);
        x
    }

    /// Insert `x` before item `i` (`i <= len`).
    fn insert(&self, i: usize, x: Obj) -> Result<(), Exc> {
        self.push(x)?;
        let items = self.view();
        for j in (i + 1..items.len()).rev() {
            items[j].set(items[j - 1].get());
        }
        items[i].set(x);
        Ok(())
    }

    /// Keep the first `n` items; the slots after them hold `None` for stale views.
    fn truncate(&self, n: usize) {
        let items = self.view();
        if n >= items.len() {
            return;
        }
        for c in &items[n..] {
            c.set(Obj::NONE);
        }
        self.len.set(n);
    }

    /// Forget every item: the block is left to the GC (a view may still read it).
    fn clear(&self) {
        self.items.set(core::ptr::null_mut());
        self.len.set(0);
        self.cap.set(0);
    }
}

static LIST_LOCALS: RomDict = RomDict::new(&crate::obj::dict::sort_entries([
    RomEntry::new(qstr!("append"), Obj::from_static(&APPEND)),
    RomEntry::new(qstr!("clear"), Obj::from_static(&CLEAR)),
    RomEntry::new(qstr!("copy"), Obj::from_static(&COPY)),
    RomEntry::new(qstr!("count"), Obj::from_static(&COUNT)),
    RomEntry::new(qstr!("extend"), Obj::from_static(&EXTEND)),
    RomEntry::new(qstr!("index"), Obj::from_static(&INDEX)),
    RomEntry::new(qstr!("insert"), Obj::from_static(&INSERT)),
    RomEntry::new(qstr!("pop"), Obj::from_static(&POP)),
    RomEntry::new(qstr!("remove"), Obj::from_static(&REMOVE)),
    RomEntry::new(qstr!("reverse"), Obj::from_static(&REVERSE)),
    RomEntry::new(qstr!("sort"), Obj::from_static(&sort::SORT)),
]));
static APPEND: NativeFn = NativeFn::new(qstr!("append"), 2, 2, list_append);
static CLEAR: NativeFn = NativeFn::new(qstr!("clear"), 1, 1, list_clear);
static COPY: NativeFn = NativeFn::new(qstr!("copy"), 1, 1, list_copy);
static COUNT: NativeFn = NativeFn::new(qstr!("count"), 2, 2, list_count);
static EXTEND: NativeFn = NativeFn::new(qstr!("extend"), 2, 2, list_extend);
static INDEX: NativeFn = NativeFn::new(qstr!("index"), 2, 4, list_index);
static INSERT: NativeFn = NativeFn::new(qstr!("insert"), 3, 3, list_insert);
static POP: NativeFn = NativeFn::new(qstr!("pop"), 1, 2, list_pop);
static REMOVE: NativeFn = NativeFn::new(qstr!("remove"), 2, 2, list_remove);
static REVERSE: NativeFn = NativeFn::new(qstr!("reverse"), 1, 1, list_reverse);

pub static LIST_TYPE: Type = Type {
    name: qstr!("list"),
    make_new: Some(list_make_new),
    print: Some(list_print),
    locals: Some(&LIST_LOCALS),
    ext: Some(&TypeExt {
        binary_op: Some(list_binary_op),
        subscr: Some(slice::list_subscr),
        iter: Some(tuple::seq_iter),
        len: Some(|o| Ok(o.downcast::<ListObj>().map(ListObj::len))),
        ..TypeExt::EMPTY
    }),
    ..Type::EMPTY
};

fn alloc_list() -> Result<&'static ListObj, Exc> {
    gc::new(ListObj {
        base: ObjBase::new(&LIST_TYPE),
        items: Cell::new(core::ptr::null_mut()),
        len: Cell::new(0),
        cap: Cell::new(0),
    })
}

/// A new list holding `items`.
///
/// # Errors
/// `MemoryError`.
pub fn new(items: &[Obj]) -> Result<Obj, Exc> {
    let l = alloc_list()?;
    l.reserve(items.len())?;
    for &x in items {
        l.push(x)?;
    }
    Ok(Obj::from_ref(l))
}

/// A new list of the items of `o` (any iterable).
///
/// # Errors
/// `TypeError` when `o` is not iterable; whatever iterating raises.
pub fn from_iterable(o: Obj) -> Result<Obj, Exc> {
    let r = new(&[])?;
    extend(r, o)?;
    Ok(r)
}

/// The list behind a method's `self`.
fn this(o: Obj) -> Result<&'static ListObj, Exc> {
    o.downcast::<ListObj>().ok_or_else(|| exc::wrong_self(&LIST_TYPE, o))
}

/// `list.append(x)` on a list object (what `ListAppend` does).
///
/// # Errors
/// `MemoryError`, `TypeError` if `list` is not a list.
pub fn append(list: Obj, x: Obj) -> Result<(), Exc> {
    this(list)?.push(x)
}

/// `list.extend(iterable)`.
///
/// # Errors
/// `TypeError` when `list` is not a list or `it` not iterable; `MemoryError`.
pub fn extend(list: Obj, it: Obj) -> Result<(), Exc> {
    let l = this(list)?;
    if let Some(t) = tuple::as_slice(it) {
        return l.extend_from(t.iter().copied());
    }
    if let Some(src) = it.downcast::<ListObj>() {
        // Copying runs no Python code: the view (maybe of `l` itself) stays current.
        return l.extend_from(cells(src.view()));
    }
    let iter = super::get_iter(it)?;
    loop {
        crate::vm::poll_interrupt()?;
        let x = super::iter_next(iter)?;
        if x.is_null() {
            return Ok(());
        }
        l.push(x)?;
    }
}

fn list_append(a: &[Obj]) -> Result<Obj, Exc> {
    this(a[0])?.push(a[1])?;
    Ok(Obj::NONE)
}

fn list_clear(a: &[Obj]) -> Result<Obj, Exc> {
    this(a[0])?.clear();
    Ok(Obj::NONE)
}

fn list_copy(a: &[Obj]) -> Result<Obj, Exc> {
    let r = new(&[])?;
    this(r)?.extend_from(cells(this(a[0])?.view()))?;
    Ok(r)
}

fn list_extend(a: &[Obj]) -> Result<Obj, Exc> {
    extend(a[0], a[1])?;
    Ok(Obj::NONE)
}

/// The position of the first item equal to `x` in `start..end` of `items`.
///
/// # Errors
/// Whatever comparing raises; `ValueError: object not in sequence` when absent.
pub fn position(items: Items<'_>, x: Obj, start: usize, end: usize) -> Result<usize, Exc> {
    // `equal` may run code that changes a list: its items are re-read at every step.
    let mut i = start;
    while i < end.min(items.len()) {
        let Some(item) = items.get(i) else { break };
        crate::vm::poll_interrupt()?;
        if super::equal(item, x)? {
            return Ok(i);
        }
        i += 1;
    }
    Err(seq::not_found())
}

/// How many items of `items` equal `x`.
///
/// # Errors
/// Whatever comparing raises.
pub fn count(items: Items<'_>, x: Obj) -> Result<usize, Exc> {
    let (mut i, mut n) = (0, 0);
    while let Some(item) = items.get(i) {
        crate::vm::poll_interrupt()?;
        if super::equal(item, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(n)
}

fn list_count(a: &[Obj]) -> Result<Obj, Exc> {
    Ok(Obj::small_int(count(Items::List(this(a[0])?), a[1])? as isize))
}

fn list_index(a: &[Obj]) -> Result<Obj, Exc> {
    let l = this(a[0])?;
    let (start, end) = seq::bounds(a[0], &a[2..], l.len())?;
    Ok(Obj::small_int(position(Items::List(l), a[1], start, end)? as isize))
}

fn list_insert(a: &[Obj]) -> Result<Obj, Exc> {
    let l = this(a[0])?;
    let i = seq::clamp(a[0], a[1], l.len())?;
    l.insert(i, a[2])?;
    Ok(Obj::NONE)
}

fn list_pop(a: &[Obj]) -> Result<Obj, Exc> {
    let l = this(a[0])?;
    if l.is_empty() {
        return Err(exc::index_error(msg!("pop from empty list")));
    }
    let i = match a.get(1) {
        Some(&i) => seq::index(a[0], i, l.len(), msg!("list index out of range"))?,
        None => l.len() - 1,
    };
    Ok(l.remove(i))
}

fn list_remove(a: &[Obj]) -> Result<Obj, Exc> {
    let l = this(a[0])?;
    let i = position(Items::List(l), a[1], 0, usize::MAX)?;
    // The comparisons may have shortened the list.
    if i < l.len() {
        l.remove(i);
    }
    Ok(Obj::NONE)
}

fn list_reverse(a: &[Obj]) -> Result<Obj, Exc> {
    let items = this(a[0])?.view();
    let n = items.len();
    for i in 0..n / 2 {
        items[i].swap(&items[n - 1 - i]);
    }
    Ok(Obj::NONE)
}

fn list_make_new(_ty: &'static Type, args: super::Args<'_>) -> Result<Obj, Exc> {
    let args = args.no_kw()?;
    match args {
        [] => new(&[]),
        [src] => from_iterable(*src),
        _ => Err(exc::at_most_args(1, args.len())),
    }
}

fn list_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    let Some(l) = o.downcast::<ListObj>() else { return Ok(()) };
    tuple::print_items(Items::List(l), out, b"[", b"]")
}

/// The objects in a view's cells.
fn cells(v: &'static [Cell<Obj>]) -> impl ExactSizeIterator<Item = Obj> {
    v.iter().map(Cell::get)
}

/// `items * n` as a new list.
fn repeat(items: &'static [Cell<Obj>], n: usize) -> Result<Obj, Exc> {
    let r = new(&[])?;
    if items.is_empty() {
        return Ok(r);
    }
    let l = this(r)?;
    l.reserve(seq::repeat_len(items.len(), n)?)?;
    for _ in 0..n {
        l.extend_from(cells(items))?;
    }
    Ok(r)
}

fn list_binary_op(op: BinOp, a: Obj, b: Obj) -> Result<Obj, Exc> {
    let Some(x) = a.downcast::<ListObj>() else { return Ok(Obj::NULL) };
    match op {
        BinOp::Add => {
            let Some(y) = b.downcast::<ListObj>() else { return Ok(Obj::NULL) };
            // Copying runs no Python code: the views stay current.
            let (xs, ys) = (x.view(), y.view());
            let r = new(&[])?;
            let l = this(r)?;
            l.reserve(xs.len().checked_add(ys.len()).ok_or_else(exc::memory_error)?)?;
            l.extend_from(cells(xs))?;
            l.extend_from(cells(ys))?;
            Ok(r)
        }
        BinOp::Mul => match seq::repeat_count(b)? {
            Some(n) => repeat(x.view(), n),
            None => Ok(Obj::NULL),
        },
        BinOp::Eq | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => match b.downcast::<ListObj>() {
            Some(y) => tuple::compare_seq(op, Items::List(x), Items::List(y)),
            None if op == BinOp::Eq => Ok(Obj::FALSE),
            None => Ok(Obj::NULL),
        },
        BinOp::In => {
            // `equal` may run code that changes the list: re-read it at every step.
            let mut i = 0;
            while let Some(item) = x.get(i) {
                crate::vm::poll_interrupt()?;
                if super::equal(item, b)? {
                    return Ok(Obj::TRUE);
                }
                i += 1;
            }
            Ok(Obj::FALSE)
        }
        _ => Ok(Obj::NULL),
    }
}

/// `a += b` and `a *= n` on a list: changed in place, `a` returned; `NULL` when `a` is not
/// a list or `b` does not fit (then `a op b` is tried).
///
/// # Errors
/// `MemoryError`, `TypeError` when `b` is not iterable.
pub fn inplace_op(op: BinOp, a: Obj, b: Obj) -> Result<Obj, Exc> {
    let Some(l) = a.downcast::<ListObj>() else { return Ok(Obj::NULL) };
    match op {
        BinOp::Add => {
            extend(a, b)?;
            Ok(a)
        }
        BinOp::Mul => {
            let Some(n) = seq::repeat_count(b)? else { return Ok(Obj::NULL) };
            let items = l.view();
            if n == 0 {
                l.truncate(0);
                return Ok(a);
            }
            if items.is_empty() {
                return Ok(a);
            }
            let total = seq::repeat_len(items.len(), n)?;
            l.reserve(total - items.len())?;
            for _ in 1..n {
                // `items` is the view from before: the original items, whatever the growth.
                l.extend_from(cells(items))?;
            }
            Ok(a)
        }
        _ => Ok(Obj::NULL),
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::obj::{str as pystr, tuple};
    use crate::testing::with_runtime;

    /// A view taken before the list grows stays valid memory with the old contents through a
    /// move of the items, collections and allocation churn (the old block is not freed
    /// while the view points into it). Stands in for a Python test until classes can run
    /// `__eq__`/`__hash__`/`key=` code that mutates a list during a comparison.
    #[test]
    fn a_view_survives_growth_collection_and_churn() {
        with_runtime(|| {
            let text = pystr::new_str("kept alive by the old block only").unwrap();
            let o = new(&[Obj::small_int(10), Obj::small_int(11), Obj::small_int(12), text]).unwrap();
            let l = o.downcast::<ListObj>().unwrap();
            let view = l.view();
            let old_block = view.as_ptr() as usize;
            assert_eq!(view.len(), 4);
            // Something right after the items block, so that growing cannot extend it in place.
            let blocker = tuple::new(&[Obj::small_int(0)]).unwrap();
            // Grow well past the capacity: the items move to a new block.
            for i in 0..64 {
                l.push(Obj::small_int(100 + i)).unwrap();
            }
            assert_ne!(l.view().as_ptr() as usize, old_block, "growing must move the items");
            // Drop the list's own reference to the string: only the old block holds it now.
            l.view()[3].set(Obj::NONE);
            crate::gc::collect();
            // Churn: fill any freed block with other data, then collect again.
            for i in 0..2000 {
                let t = tuple::new(&[Obj::small_int(-1), Obj::small_int(i), Obj::NONE]).unwrap();
                core::hint::black_box(t);
            }
            crate::gc::collect();
            for _ in 0..200 {
                core::hint::black_box(pystr::new_str("churn churn churn churn churn churn").unwrap());
            }
            // The old view still reads its old contents, and the string it holds is alive.
            assert_eq!(core::hint::black_box(view).as_ptr() as usize, old_block);
            let seen: [Obj; 3] = [view[0].get(), view[1].get(), view[2].get()];
            assert_eq!(seen, [Obj::small_int(10), Obj::small_int(11), Obj::small_int(12)]);
            assert_eq!(pystr::as_str(view[3].get()), Some("kept alive by the old block only"));
            core::hint::black_box(blocker);
            // And the list itself has its current items.
            assert_eq!(l.len(), 68);
            assert_eq!(l.get(3), Some(Obj::NONE));
            assert_eq!(l.get(67), Some(Obj::small_int(163)));
        });
    }

    #[test]
    fn removing_keeps_stale_views_readable() {
        with_runtime(|| {
            let o = new(&[Obj::small_int(1), Obj::small_int(2), Obj::small_int(3)]).unwrap();
            let l = o.downcast::<ListObj>().unwrap();
            let view = l.view();
            assert_eq!(l.remove(0), Obj::small_int(1));
            assert_eq!(l.len(), 2);
            // The stale view sees the shifted items and a valid object in the freed slot.
            assert_eq!(
                [view[0].get(), view[1].get(), view[2].get()],
                [Obj::small_int(2), Obj::small_int(3), Obj::NONE]
            );
        });
    }
}
