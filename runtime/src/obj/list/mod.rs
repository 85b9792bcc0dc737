//! `list`: a growable array of items in a separate heap block.

use core::cell::Cell;

use super::dict::{RomDict, RomEntry};
use super::fun::NativeFn;
use super::repr::{ObjBase, PyObj};
use super::tuple::{self, Items};
use super::{exc, int, Obj, Type};
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
        // initialised. `Cell<Obj>`
        // has the layout of `Obj`, and the list itself writes its items only through cells or
        // raw pointers, never through `&mut`, so shared views may alias each other and the
        // writes. The block is never freed while referenced: the list only replaces it, and
        // the conservative GC keeps it alive while this slice (on the stack) points into it.
        unsafe { core::slice::from_raw_parts(self.items.get() as *const Cell<Obj>, len) }
    }

    /// Make room for `extra` more items. A larger block replaces the old one, which is left
    /// to the GC: `Heap::realloc` would free it at once, under any view still reading it.
    fn reserve(&self, extra: usize) -> Result<(), Exc> {
        let (len, cap) = (self.len.get(), self.cap.get());
        let need = len.checked_add(extra).ok_or_else(exc::memory_error)?;
        if need <= cap {
            return Ok(());
        }
        let new_cap = need.max(cap * 2).max(4);
        let bytes = new_cap.checked_mul(core::mem::size_of::<Obj>()).ok_or_else(exc::memory_error)?;
        let p = gc::alloc(bytes)?.as_ptr() as *mut Obj;
        if len > 0 {
            // SAFETY: the new block is a fresh allocation with room for `new_cap >= len` items,
            // so distinct from the old one, which holds `len` initialised items.
            unsafe { core::ptr::copy_nonoverlapping(self.items.get(), p, len) };
        }
        self.items.set(p);
        self.cap.set(new_cap);
        Ok(())
    }

    fn push(&self, x: Obj) -> Result<(), Exc> {
        self.reserve(1)?;
        let len = self.len.get();
        // SAFETY: `len < cap` after `reserve`, so the slot is inside the items block; views
        // only ever reach it as cells (a stale view of a longer past), never as `&mut`.
        unsafe { self.items.get().add(len).write(x) };
        self.len.set(len + 1);
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
    len: Some(|o| Ok(o.downcast::<ListObj>().map(ListObj::len))),
    locals: Some(&LIST_LOCALS),
    ..Type::EMPTY
};

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
    l.reserve(items.len())?;
    for &x in items {
        l.push(x)?;
    }
    Ok(Obj::from_ref(l))
}

/// `list.append(x)` on a list object (used by `ListAppend`).
///
/// # Errors
/// `MemoryError`, `TypeError` if `list` is not a list.
pub fn append(list: Obj, x: Obj) -> Result<(), Exc> {
    match list.downcast::<ListObj>() {
        Some(l) => l.push(x),
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
        l.push(x)?;
    }
}

fn list_append(args: &[Obj]) -> Result<Obj, Exc> {
    append(args[0], args[1])?;
    Ok(Obj::NONE)
}

fn list_pop(args: &[Obj]) -> Result<Obj, Exc> {
    let Some(l) = args[0].downcast::<ListObj>() else { return Err(exc::type_error("expected a list")) };
    if l.is_empty() {
        return Err(exc::index_error("pop from empty list"));
    }
    let i = match args.get(1) {
        Some(&i) => int::index_of(i, l.len(), "pop index out of range")?,
        None => l.len() - 1,
    };
    Ok(l.remove(i))
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
    let Some(l) = o.downcast::<ListObj>() else { return Ok(()) };
    tuple::print_items(Items::List(l), out, b"[", b"]")
}

fn list_binary_op(op: BinOp, a: Obj, b: Obj) -> Result<Obj, Exc> {
    let Some(x) = a.downcast::<ListObj>() else { return Ok(Obj::NULL) };
    match op {
        BinOp::Add => {
            let Some(y) = b.downcast::<ListObj>() else { return Ok(Obj::NULL) };
            // Copying runs no Python code: the views stay current.
            let (xs, ys) = (x.view(), y.view());
            let r = new(&[])?;
            let l = r.downcast::<ListObj>().ok_or_else(exc::memory_error)?;
            l.reserve(xs.len() + ys.len())?;
            for c in xs.iter().chain(ys) {
                l.push(c.get())?;
            }
            Ok(r)
        }
        BinOp::Eq | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => match b.downcast::<ListObj>() {
            Some(y) => tuple::compare_seq(op, Items::List(x), Items::List(y)),
            None if op == BinOp::Eq => Ok(Obj::FALSE),
            None => Ok(Obj::NULL),
        },
        BinOp::In => {
            // `equal` may run code that changes the list: re-read it at every step.
            let mut i = 0;
            while let Some(item) = x.get(i) {
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

fn list_subscr(o: Obj, index: Obj, value: Obj) -> Result<Obj, Exc> {
    let Some(l) = o.downcast::<ListObj>() else { return Ok(Obj::NULL) };
    let i = int::index_of(index, l.len(), "list index out of range")?;
    let items = l.view();
    if value.is_null() {
        Ok(items[i].get())
    } else if value == super::SENTINEL_DELETE {
        l.remove(i);
        Ok(Obj::NONE)
    } else {
        items[i].set(value);
        Ok(Obj::NONE)
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
