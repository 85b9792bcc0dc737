//! `dict` (insertion-ordered: an entry array plus an open-addressing index of entry
//! numbers) and `RomDict`, the const table of a module or type in flash.

use core::cell::Cell;

use super::repr::{ObjBase, PyObj};
use super::{exc, Obj, Type};
use crate::bytecode::BinOp;
use crate::gc::root;
use crate::print::{Print, PrintKind};
use crate::qstr::Qstr;
use exc::Exc;

/// One `(key, value)` of a ROM table.
#[derive(Clone, Copy)]
#[repr(C)]
pub struct RomEntry {
    pub key: Qstr,
    pub value: Obj,
}

impl RomEntry {
    pub const fn new(key: Qstr, value: Obj) -> RomEntry {
        RomEntry { key, value }
    }
}

/// `entries` sorted by qstr id, at compile time: `RomDict::new(&sort_entries([...]))`
/// makes a table that lookups binary-search.
pub const fn sort_entries<const N: usize>(mut a: [RomEntry; N]) -> [RomEntry; N] {
    let mut i = 1;
    while i < N {
        let mut j = i;
        while j > 0 && a[j - 1].key.id() > a[j].key.id() {
            let t = a[j - 1];
            a[j - 1] = a[j];
            a[j] = t;
            j -= 1;
        }
        i += 1;
    }
    a
}

const fn is_sorted(e: &[RomEntry]) -> bool {
    let mut i = 1;
    while i < e.len() {
        if e[i - 1].key.id() >= e[i].key.id() {
            return false;
        }
        i += 1;
    }
    true
}

/// A constant table in flash (MicroPython's `MP_DEFINE_CONST_DICT`). Keys are qstrs.
/// Tables whose entries are sorted by qstr id (checked at compile time; build them with
/// [`sort_entries`]) are binary-searched; others (short module tables written in source
/// order) are scanned comparing 16-bit ids.
#[repr(C)]
pub struct RomDict {
    pub base: ObjBase,
    pub entries: &'static [RomEntry],
    sorted: bool,
}

impl RomDict {
    pub const fn new(entries: &'static [RomEntry]) -> RomDict {
        RomDict { base: ObjBase::new(&ROM_DICT_TYPE), entries, sorted: is_sorted(entries) }
    }

    /// Whether lookups binary-search (for tests).
    pub fn is_sorted(&self) -> bool {
        self.sorted
    }

    pub fn get(&self, key: Obj) -> Option<Obj> {
        let q = if key.is_qstr() {
            key.qstr_value()
        } else {
            // A heap str equal to a key (getattr with a built string): every key is an
            // interned name, so a string that is not interned matches none.
            crate::qstr::lookup(super::str::as_str(key)?)?
        };
        self.get_qstr(q)
    }

    #[inline]
    pub fn get_qstr(&self, q: Qstr) -> Option<Obj> {
        if self.sorted {
            let i = self.entries.binary_search_by_key(&q.id(), |e| e.key.id()).ok()?;
            return Some(self.entries[i].value);
        }
        self.entries.iter().find(|e| e.key == q).map(|e| e.value)
    }
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `ROM_DICT_TYPE` objects are `RomDict`s.
unsafe impl PyObj for RomDict {
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &ROM_DICT_TYPE)
    }
}

pub static ROM_DICT_TYPE: Type = Type { name: qstr!("dict"), print: Some(rom_dict_print), ..Type::EMPTY };

fn rom_dict_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    let entries = o.downcast::<RomDict>().map_or(&[][..], |d| d.entries);
    out.write(b"{")?;
    for (i, e) in entries.iter().enumerate() {
        if i > 0 {
            out.write(b", ")?;
        }
        super::print(Obj::from_qstr(e.key), out, PrintKind::Repr)?;
        out.write(b": ")?;
        super::print(e.value, out, PrintKind::Repr)?;
    }
    out.write(b"}")
}

#[derive(Clone, Copy)]
struct Entry {
    key: Obj,
    value: Obj,
    /// `hash(key)`, kept so that growing never hashes (or runs Python code) again.
    hash: u32,
}

/// A heap dict.
///
/// Its entry array and index are only ever *replaced* when the dict grows, never freed at
/// once: a lookup up the stack may still be reading them (see docs/ARCHITECTURE.md, "Buffers
/// and views"). Slots are read and written through cells, never `&mut`. A lookup that
/// compares keys with `equal` (which may run Python code) checks `version` afterwards and
/// starts again if the table changed under it.
#[repr(C)]
pub struct DictObj {
    pub base: ObjBase,
    entries: Cell<*mut Entry>,
    /// Entry slots in use (deleted ones included, their key is NULL).
    used: Cell<usize>,
    cap: Cell<usize>,
    /// Live entries.
    count: Cell<usize>,
    /// `entry number + 1`; 0 is empty.
    index: Cell<*mut u32>,
    index_len: Cell<usize>,
    /// Bumped by every change to which keys are where (insertion, removal, growth).
    version: Cell<usize>,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `DICT_TYPE` objects are `DictObj`s.
unsafe impl PyObj for DictObj {
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &DICT_TYPE)
    }
}

pub static DICT_TYPE: Type = Type {
    name: qstr!("dict"),
    make_new: Some(dict_make_new),
    print: Some(dict_print),
    binary_op: Some(dict_binary_op),
    subscr: Some(dict_subscr),
    iter: Some(dict_iter),
    len: Some(|o| Ok(o.downcast::<DictObj>().map(|d| d.count.get()))),
    ..Type::EMPTY
};

/// A new empty dict.
///
/// # Errors
/// `MemoryError`.
pub fn new() -> Result<Obj, Exc> {
    let d = crate::gc::new(DictObj {
        base: ObjBase::new(&DICT_TYPE),
        entries: Cell::new(core::ptr::null_mut()),
        used: Cell::new(0),
        cap: Cell::new(0),
        count: Cell::new(0),
        index: Cell::new(core::ptr::null_mut()),
        index_len: Cell::new(0),
        version: Cell::new(0),
    })?;
    Ok(Obj::from_ref(d))
}

impl DictObj {
    /// The entry slots in use now (a view: see the type's comment).
    fn entries(&self) -> &'static [Cell<Entry>] {
        if self.used.get() == 0 {
            return &[];
        }
        // SAFETY: `entries` points at a heap block of `cap >= used` entries, initialised up
        // to `used`. `Cell<Entry>` has the layout of `Entry`; the dict writes slots only through
        // cells or raw pointers, never `&mut`, so views may alias. The block is never freed
        // while referenced: growth replaces it, and the conservative GC keeps it alive while
        // this slice (on the stack) points into it.
        unsafe { core::slice::from_raw_parts(self.entries.get() as *const Cell<Entry>, self.used.get()) }
    }

    /// The index slots (a view, as `entries`).
    fn index(&self) -> &'static [Cell<u32>] {
        if self.index_len.get() == 0 {
            return &[];
        }
        // SAFETY: as `entries`: a heap block of `index_len` initialised slots, replaced (not
        // freed) on growth.
        unsafe { core::slice::from_raw_parts(self.index.get() as *const Cell<u32>, self.index_len.get()) }
    }

    /// The index slot for `key`: `Ok(entry)` if present, `Err(free slot)` if not. The answer
    /// is about the table as it is on return: no Python code runs between the last check
    /// and the return, so the caller may use it until it runs any.
    fn find(&self, key: Obj, hash: u32) -> Result<Result<usize, usize>, Exc> {
        'lookup: loop {
            let index = self.index();
            let n = index.len();
            if n == 0 {
                return Ok(Err(0));
            }
            let entries = self.entries();
            let version = self.version.get();
            let mut i = hash as usize % n;
            loop {
                let slot = index[i].get();
                if slot == 0 {
                    return Ok(Err(i));
                }
                let e = entries[slot as usize - 1].get();
                if !e.key.is_null() && e.hash == hash {
                    if e.key == key {
                        return Ok(Ok(slot as usize - 1));
                    }
                    let same = super::equal(e.key, key)?;
                    if self.version.get() != version {
                        // The comparison changed the dict: these views are stale.
                        continue 'lookup;
                    }
                    if same {
                        return Ok(Ok(slot as usize - 1));
                    }
                }
                i = (i + 1) % n;
            }
        }
    }

    pub fn get(&self, key: Obj) -> Result<Option<Obj>, Exc> {
        if self.count.get() == 0 {
            return Ok(None);
        }
        let h = super::hash(key)?;
        Ok(match self.find(key, h)? {
            Ok(e) => Some(self.entries()[e].get().value),
            Err(_) => None,
        })
    }

    /// Insert or replace.
    ///
    /// # Errors
    /// `MemoryError`, `TypeError` for an unhashable key.
    pub fn set(&self, key: Obj, value: Obj) -> Result<(), Exc> {
        let h = super::hash(key)?;
        loop {
            match self.find(key, h)? {
                Ok(e) => {
                    let slot = &self.entries()[e];
                    slot.set(Entry { value, ..slot.get() });
                    return Ok(());
                }
                // Room checked after the lookup: the comparisons may have changed the dict.
                Err(free) if self.used.get() < self.cap.get() && (self.used.get() + 1) * 2 <= self.index_len.get() => {
                    let n = self.used.get();
                    // SAFETY: `n < cap`: the slot is inside the entries block, past every
                    // view's length (views cover `used` entries at most).
                    unsafe { self.entries.get().add(n).write(Entry { key, value, hash: h }) };
                    self.used.set(n + 1);
                    self.count.set(self.count.get() + 1);
                    self.index()[free].set(n as u32 + 1);
                    self.version.set(self.version.get().wrapping_add(1));
                    return Ok(());
                }
                Err(_) => self.grow()?,
            }
        }
    }

    /// Remove `key`, returning its value.
    ///
    /// # Errors
    /// `TypeError` for an unhashable key.
    pub fn remove(&self, key: Obj) -> Result<Option<Obj>, Exc> {
        if self.count.get() == 0 {
            return Ok(None);
        }
        let h = super::hash(key)?;
        Ok(match self.find(key, h)? {
            Ok(e) => {
                let slot = &self.entries()[e];
                let v = slot.get().value;
                slot.set(Entry { key: Obj::NULL, value: Obj::NULL, hash: 0 });
                self.count.set(self.count.get() - 1);
                self.version.set(self.version.get().wrapping_add(1));
                Some(v)
            }
            Err(_) => None,
        })
    }

    /// Compact the live entries into new, bigger arrays and rebuild the index from the kept
    /// hashes. The old arrays are left to the GC (a lookup may still be reading them).
    fn grow(&self) -> Result<(), Exc> {
        let heap = root::heap();
        let live = self.count.get();
        let cap = (live * 2).max(4);
        let esize = core::mem::size_of::<Entry>();
        let ebytes = cap.checked_mul(esize).ok_or_else(exc::memory_error)?;
        let new_entries = heap.alloc(ebytes)?.as_ptr() as *mut Entry;
        let ilen = cap * 2;
        let new_index = heap.alloc(ilen * 4)?.as_ptr() as *mut u32;
        // SAFETY: the new index block holds `ilen` zeroed u32 slots, and nothing else refers
        // to it yet.
        let index = unsafe { core::slice::from_raw_parts_mut(new_index, ilen) };
        let mut n = 0;
        for e in self.entries().iter().map(Cell::get).filter(|e| !e.key.is_null()) {
            // SAFETY: `n < live <= cap`: inside the new entries block, which nothing else
            // refers to yet.
            unsafe { new_entries.add(n).write(e) };
            let mut j = e.hash as usize % ilen;
            while index[j] != 0 {
                j = (j + 1) % ilen;
            }
            index[j] = n as u32 + 1;
            n += 1;
        }
        self.entries.set(new_entries);
        self.index.set(new_index);
        self.cap.set(cap);
        self.used.set(n);
        self.index_len.set(ilen);
        self.version.set(self.version.get().wrapping_add(1));
        Ok(())
    }

    /// Live `(key, value)` pairs in insertion order, from entry `*pos` on.
    pub fn next(&self, pos: &mut usize) -> Option<(Obj, Obj)> {
        let entries = self.entries();
        while *pos < entries.len() {
            let e = entries[*pos].get();
            *pos += 1;
            if !e.key.is_null() {
                return Some((e.key, e.value));
            }
        }
        None
    }
}

fn dict_make_new(_ty: &'static Type, args: super::Args<'_>) -> Result<Obj, Exc> {
    let args = args.no_kw()?;
    if !args.is_empty() {
        return Err(exc::type_error("dict() arguments not supported yet"));
    }
    new()
}

fn dict_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    let Some(d) = o.downcast::<DictObj>() else { return Ok(()) };
    out.write(b"{")?;
    let mut pos = 0;
    let mut first = true;
    while let Some((k, v)) = d.next(&mut pos) {
        if !first {
            out.write(b", ")?;
        }
        first = false;
        super::print(k, out, PrintKind::Repr)?;
        out.write(b": ")?;
        super::print(v, out, PrintKind::Repr)?;
    }
    out.write(b"}")
}

fn dict_binary_op(op: BinOp, a: Obj, b: Obj) -> Result<Obj, Exc> {
    let Some(d) = a.downcast::<DictObj>() else { return Ok(Obj::NULL) };
    match op {
        BinOp::In => Ok(Obj::from_bool(d.get(b)?.is_some())),
        _ => Ok(Obj::NULL),
    }
}

fn dict_subscr(o: Obj, key: Obj, value: Obj) -> Result<Obj, Exc> {
    let Some(d) = o.downcast::<DictObj>() else { return Ok(Obj::NULL) };
    if value.is_null() {
        d.get(key)?.ok_or_else(|| exc::new(&exc::KEY_ERROR, &[key]))
    } else if value == super::SENTINEL_DELETE {
        d.remove(key)?.ok_or_else(|| exc::new(&exc::KEY_ERROR, &[key]))?;
        Ok(Obj::NONE)
    } else {
        d.set(key, value)?;
        Ok(Obj::NONE)
    }
}

/// Iterator over a dict's keys.
#[repr(C)]
struct DictIter {
    base: ObjBase,
    dict: Obj,
    pos: Cell<usize>,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `DICT_ITER_TYPE` objects are `DictIter`s.
unsafe impl PyObj for DictIter {
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &DICT_ITER_TYPE)
    }
}

static DICT_ITER_TYPE: Type = Type { name: qstr!("iterator"), iternext: Some(dict_iter_next), ..Type::EMPTY };

fn dict_iter(o: Obj) -> Result<Obj, Exc> {
    let it = crate::gc::new(DictIter { base: ObjBase::new(&DICT_ITER_TYPE), dict: o, pos: Cell::new(0) })?;
    Ok(Obj::from_ref(it))
}

fn dict_iter_next(o: Obj) -> Result<Obj, Exc> {
    let Some(it) = o.downcast::<DictIter>() else { return Ok(Obj::NULL) };
    let Some(d) = it.dict.downcast::<DictObj>() else { return Ok(Obj::NULL) };
    let mut pos = it.pos.get();
    let r = d.next(&mut pos);
    it.pos.set(pos);
    Ok(r.map_or(Obj::NULL, |(k, _)| k))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::with_runtime;

    /// An object whose `==` inserts many keys into a dict (growing it) the first time it
    /// runs: what a user `__eq__` may do in the middle of a lookup.
    #[repr(C)]
    struct Mutator {
        base: ObjBase,
        dict: Obj,
        done: Cell<bool>,
    }

    // SAFETY: `#[repr(C)]`, `ObjBase` first; only `MUTATOR_TYPE` objects are `Mutator`s.
    unsafe impl PyObj for Mutator {
        fn has_layout(ty: &'static Type) -> bool {
            core::ptr::eq(ty, &MUTATOR_TYPE)
        }
    }

    static MUTATOR_TYPE: Type = Type { binary_op: Some(mutating_eq), ..Type::EMPTY };

    fn mutating_eq(op: BinOp, a: Obj, _b: Obj) -> Result<Obj, Exc> {
        let m = a.downcast::<Mutator>().unwrap();
        if op == BinOp::Eq && !m.done.replace(true) {
            let d = m.dict.downcast::<DictObj>().unwrap();
            for i in 0..100 {
                d.set(Obj::small_int(1000 + i), Obj::small_int(i)).unwrap();
            }
            crate::gc::collect();
            // Churn: reuse whatever blocks were freed.
            for i in 0..500 {
                core::hint::black_box(crate::obj::tuple::new(&[Obj::small_int(-7), Obj::small_int(i)]).unwrap());
            }
        }
        Ok(Obj::FALSE)
    }

    /// A lookup whose key comparison grows the dict starts again on the new table instead
    /// of reading the old one.
    #[test]
    fn a_lookup_survives_the_dict_growing_during_a_comparison() {
        with_runtime(|| {
            let d = new().unwrap();
            let dd = d.downcast::<DictObj>().unwrap();
            let m = Obj::from_ref(
                crate::gc::new(Mutator { base: ObjBase::new(&MUTATOR_TYPE), dict: d, done: Cell::new(false) }).unwrap(),
            );
            // A small-int key with the same hash as `m` (its address / 16), so that looking up
            // `m` compares it with that key.
            let twin = Obj::small_int((m.addr() >> 4) as isize);
            assert_eq!(super::super::hash(twin).unwrap(), super::super::hash(m).unwrap());
            dd.set(twin, Obj::small_int(1)).unwrap();
            dd.set(m, Obj::small_int(2)).unwrap();
            assert_eq!(dd.get(twin).unwrap(), Some(Obj::small_int(1)));
            assert_eq!(dd.get(m).unwrap(), Some(Obj::small_int(2)));
            assert_eq!(dd.count.get(), 102);
            for i in 0..100 {
                assert_eq!(dd.get(Obj::small_int(1000 + i)).unwrap(), Some(Obj::small_int(i)));
            }
        });
    }
}
