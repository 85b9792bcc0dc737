//! `collections.deque` (MicroPython's `objdeque.c`): a ring buffer with `append`,
//! `appendleft`, `pop`, `popleft`, `extend`, `len`, truth, iteration, `d[i]` (load and
//! store), `in`, and CPython's read-only `maxlen` attribute.
//!
//! `deque(iterable=(), maxlen=None, flags=0)`: MicroPython requires the first two; here
//! both may be left out (an unbounded deque) and `maxlen` may be a keyword, as in
//! CPython. A full bounded deque drops an item from the other end, or with `flags=1`
//! (MicroPython's) raises `IndexError: full`. Printing is MicroPython's `<deque>`; a
//! negative `maxlen` is a bare `ValueError`.
//!
//! The ring lives in the item slots of a private tuple allocation, reached as
//! `&[Cell<Obj>]`. It grows (up to `maxlen`) by moving to a larger block; the old block is
//! left to the GC, so an iterator or a native caller holding the old slice reads a
//! snapshot, never freed memory (docs/ARCHITECTURE.md, "Buffers and views"). Iterators
//! index the deque live, as MicroPython's do, so items appended while iterating are
//! iterated too.

use crate::obj::TypeExt;
use core::cell::Cell;

use crate::obj::exc::{self, Exc};
use crate::obj::fun::{ArgSpec, NativeFn};
use crate::obj::repr::PyObj;
use crate::obj::{int, tuple, Args, Obj, ObjBase, Type};
use crate::print::{Print, PrintKind};

#[repr(C)]
pub struct DequeObj {
    base: ObjBase,
    /// The ring; items at `head`, `head + 1`, ... (mod its length), `len` of them.
    slots: Cell<&'static [Cell<Obj>]>,
    head: Cell<usize>,
    len: Cell<usize>,
    /// `usize::MAX`: unbounded.
    maxlen: usize,
    /// A full deque raises `IndexError` instead of dropping an item (flags=1).
    strict: bool,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `DEQUE_TYPE` objects are `DequeObj`s.
unsafe impl PyObj for DequeObj {
    const TYPE: Option<&'static Type> = Some(&DEQUE_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &DEQUE_TYPE)
    }
}

pub static DEQUE_TYPE: Type = Type {
    name: qstr!("deque"),
    flags: crate::obj::type_flags::UNHASHABLE,
    make_new: Some(deque_make_new),
    print: Some(deque_print),
    attr: Some(deque_attr),
    locals: Some(&LOCALS),
    ext: Some(&TypeExt {
        subscr: Some(deque_subscr),
        iter: Some(deque_iter),
        len: Some(|o| Ok(o.downcast::<DequeObj>().map(|d| d.len.get()))),
        ..TypeExt::EMPTY
    }),
    ..Type::EMPTY
};

static LOCALS: crate::obj::dict::RomDict = crate::obj::dict::RomDict::new(&crate::obj::dict::sort_entries([
    crate::obj::dict::RomEntry::new(qstr!("append"), Obj::from_static(&APPEND)),
    crate::obj::dict::RomEntry::new(qstr!("appendleft"), Obj::from_static(&APPENDLEFT)),
    crate::obj::dict::RomEntry::new(qstr!("pop"), Obj::from_static(&POP)),
    crate::obj::dict::RomEntry::new(qstr!("popleft"), Obj::from_static(&POPLEFT)),
    crate::obj::dict::RomEntry::new(qstr!("extend"), Obj::from_static(&EXTEND)),
]));

static APPEND: NativeFn = NativeFn::new(qstr!("append"), 2, 2, |a| push(a[0], a[1], false));
static APPENDLEFT: NativeFn = NativeFn::new(qstr!("appendleft"), 2, 2, |a| push(a[0], a[1], true));
static POP: NativeFn = NativeFn::new(qstr!("pop"), 1, 1, |a| take(a[0], false));
static POPLEFT: NativeFn = NativeFn::new(qstr!("popleft"), 1, 1, |a| take(a[0], true));
static EXTEND: NativeFn = NativeFn::new(qstr!("extend"), 2, 2, |a| extend(this(a[0])?, a[1]).map(|()| Obj::NONE));

static NEW_SPEC: ArgSpec = ArgSpec {
    names: &[qstr!("iterable"), qstr!("maxlen"), qstr!("flags")],
    defaults: &[tuple::EMPTY_OBJ, Obj::NONE, Obj::small_int(0)],
    n_pos: 3,
    varargs: false,
    varkw: false,
};

fn deque_print(_o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    out.write(b"<deque>")
}

fn this(o: Obj) -> Result<&'static DequeObj, Exc> {
    o.downcast::<DequeObj>().ok_or_else(|| exc::wrong_self(&DEQUE_TYPE, o))
}

fn deque_make_new(_ty: &'static Type, args: Args<'_>) -> Result<Obj, Exc> {
    let mut a = [Obj::NULL; 3];
    crate::obj::fun::parse_args(&NEW_SPEC, args, &mut a)?;
    let maxlen = match a[1] {
        Obj::NONE => usize::MAX,
        m => usize::try_from(int::expect_i64(m)?).map_err(|_| exc::new(&exc::VALUE_ERROR, &[]))?,
    };
    let strict = int::expect_i64(a[2])? & 1 != 0;
    let d = crate::gc::new(DequeObj {
        base: ObjBase::new(&DEQUE_TYPE),
        slots: Cell::new(&[]),
        head: Cell::new(0),
        len: Cell::new(0),
        maxlen,
        strict,
    })?;
    extend(d, a[0])?;
    Ok(Obj::from_ref(d))
}

impl DequeObj {
    /// The slot of logical index `i` (`i < len`).
    fn slot(&self, i: usize) -> &'static Cell<Obj> {
        let slots = self.slots.get();
        &slots[(self.head.get() + i) % slots.len()]
    }

    /// Make room for one more item (`len < maxlen`): a ring twice as large, capped at
    /// `maxlen`, with the items moved to its start.
    fn grow(&self) -> Result<(), Exc> {
        let old = self.slots.get();
        let len = self.len.get();
        if len < old.len() {
            return Ok(());
        }
        let cap = old.len().saturating_mul(2).max(4).min(self.maxlen);
        let (_, items) = tuple::alloc(cap)?;
        for (i, item) in items.iter_mut().enumerate().take(len) {
            *item = self.slot(i).get();
        }
        self.slots.set(Cell::from_mut(items).as_slice_of_cells());
        self.head.set(0);
        Ok(())
    }
}

#[cold]
fn full() -> Exc {
    exc::index_error(msg!("full"))
}

/// `append(x)` (`left`: `appendleft(x)`): when full, drop from the other end or raise.
fn push(o: Obj, x: Obj, left: bool) -> Result<Obj, Exc> {
    let d = this(o)?;
    if d.len.get() == d.maxlen {
        if d.strict {
            return Err(full());
        }
        if d.maxlen == 0 {
            return Ok(Obj::NONE);
        }
        // Drop the item at the other end: the ring stays as it is.
        let n = d.slots.get().len();
        if left {
            d.head.set((d.head.get() + n - 1) % n);
        } else {
            d.head.set((d.head.get() + 1) % n);
        }
        let at = if left { 0 } else { d.len.get() - 1 };
        d.slot(at).set(x);
        return Ok(Obj::NONE);
    }
    d.grow()?;
    let n = d.slots.get().len();
    if left {
        d.head.set((d.head.get() + n - 1) % n);
        d.len.set(d.len.get() + 1);
        d.slot(0).set(x);
    } else {
        d.len.set(d.len.get() + 1);
        d.slot(d.len.get() - 1).set(x);
    }
    Ok(Obj::NONE)
}

/// `pop()` (`left`: `popleft()`); the vacated slot keeps `None`.
fn take(o: Obj, left: bool) -> Result<Obj, Exc> {
    let d = this(o)?;
    let len = d.len.get();
    if len == 0 {
        return Err(exc::index_error(msg!("empty")));
    }
    let at = if left { 0 } else { len - 1 };
    let x = d.slot(at).replace(Obj::NONE);
    if left {
        d.head.set((d.head.get() + 1) % d.slots.get().len());
    }
    d.len.set(len - 1);
    Ok(x)
}

/// Append every item of `it` (a snapshot first when it is the deque itself).
fn extend(d: &'static DequeObj, it: Obj) -> Result<(), Exc> {
    let src = if it == Obj::from_ref(d) {
        let (t, items) = tuple::alloc(d.len.get())?;
        for (i, item) in items.iter_mut().enumerate() {
            *item = d.slot(i).get();
        }
        t
    } else {
        it
    };
    let iter = crate::obj::get_iter(src)?;
    loop {
        crate::vm::poll_interrupt()?;
        let x = crate::obj::iter_next(iter)?;
        if x.is_null() {
            return Ok(());
        }
        push(Obj::from_ref(d), x, false)?;
    }
}

fn deque_attr(o: Obj, name: crate::qstr::Qstr) -> Result<Obj, Exc> {
    let Some(d) = o.downcast::<DequeObj>() else { return Ok(Obj::NULL) };
    if name != qstr!("maxlen") {
        return Ok(Obj::NULL);
    }
    match d.maxlen {
        usize::MAX => Ok(Obj::NONE),
        n => int::from_u64(n as u64),
    }
}

fn deque_subscr(o: Obj, index: Obj, value: Obj) -> Result<Obj, Exc> {
    let d = this(o)?;
    if value == crate::obj::SENTINEL_DELETE {
        return Err(exc::type_error(msg!("'deque' object doesn't support item deletion")));
    }
    if !int::is_int(index) {
        return Err(exc::type_error_fmt(msg!("deque indices must be integers, not {}"), &[index.ty().name()]));
    }
    let len = d.len.get() as i64;
    let i = int::as_i64(index).unwrap_or(i64::MAX);
    let i = if i < 0 { i.saturating_add(len) } else { i };
    if !(0..len).contains(&i) {
        return Err(exc::index_error(msg!("deque index out of range")));
    }
    let slot = d.slot(i as usize);
    if value.is_null() {
        return Ok(slot.get());
    }
    slot.set(value);
    Ok(Obj::NONE)
}

/// An iterator over a deque: the next logical index, read live.
#[repr(C)]
struct DequeIter {
    base: ObjBase,
    deque: &'static DequeObj,
    next: Cell<usize>,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `DEQUE_ITER_TYPE` objects are `DequeIter`s.
unsafe impl PyObj for DequeIter {
    const TYPE: Option<&'static Type> = Some(&DEQUE_ITER_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &DEQUE_ITER_TYPE)
    }
}

static DEQUE_ITER_TYPE: Type = Type {
    name: qstr!("iterator"),
    ext: Some(&TypeExt { iternext: Some(deque_iter_next), iter: Some(Ok), ..TypeExt::EMPTY }),
    ..Type::EMPTY
};

fn deque_iter(o: Obj) -> Result<Obj, Exc> {
    let d = this(o)?;
    let it = crate::gc::new(DequeIter { base: ObjBase::new(&DEQUE_ITER_TYPE), deque: d, next: Cell::new(0) })?;
    Ok(Obj::from_ref(it))
}

fn deque_iter_next(o: Obj) -> Result<Obj, Exc> {
    let Some(it) = o.downcast::<DequeIter>() else { return Ok(Obj::NULL) };
    let i = it.next.get();
    if i >= it.deque.len.get() {
        return Ok(Obj::NULL);
    }
    it.next.set(i + 1);
    Ok(it.deque.slot(i).get())
}
