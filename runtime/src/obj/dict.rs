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
}

/// A heap dict.
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
    })?;
    Ok(Obj::from_ref(d))
}

impl DictObj {
    fn entries(&self) -> &'static mut [Entry] {
        if self.used.get() == 0 {
            return &mut [];
        }
        // SAFETY: `entries` points at a heap block of `cap >= used` entries, all
        // initialised up to `used`, kept alive by this dict. Single-threaded: no other
        // slice of it is live across a mutation.
        unsafe { core::slice::from_raw_parts_mut(self.entries.get(), self.used.get()) }
    }

    fn index(&self) -> &'static mut [u32] {
        if self.index_len.get() == 0 {
            return &mut [];
        }
        // SAFETY: as `entries`: a heap block of `index_len` initialised slots.
        unsafe { core::slice::from_raw_parts_mut(self.index.get(), self.index_len.get()) }
    }

    /// The index slot for `key`: `Ok(entry)` if present, `Err(free slot)` if not.
    fn find(&self, key: Obj, hash: u32) -> Result<Result<usize, usize>, Exc> {
        let index = self.index();
        let n = index.len();
        if n == 0 {
            return Ok(Err(0));
        }
        let entries = self.entries();
        let mut i = hash as usize % n;
        loop {
            let slot = index[i];
            if slot == 0 {
                return Ok(Err(i));
            }
            let e = entries[slot as usize - 1];
            if !e.key.is_null() && (e.key == key || super::equal(e.key, key)?) {
                return Ok(Ok(slot as usize - 1));
            }
            i = (i + 1) % n;
        }
    }

    pub fn get(&self, key: Obj) -> Result<Option<Obj>, Exc> {
        if self.count.get() == 0 {
            return Ok(None);
        }
        let h = super::hash(key)?;
        Ok(match self.find(key, h)? {
            Ok(e) => Some(self.entries()[e].value),
            Err(_) => None,
        })
    }

    /// Insert or replace.
    ///
    /// # Errors
    /// `MemoryError`, `TypeError` for an unhashable key.
    pub fn set(&self, key: Obj, value: Obj) -> Result<(), Exc> {
        let h = super::hash(key)?;
        if let Ok(e) = self.find(key, h)? {
            self.entries()[e].value = value;
            return Ok(());
        }
        if self.used.get() == self.cap.get() || (self.used.get() + 1) * 2 > self.index_len.get() {
            self.grow()?;
        }
        let slot = match self.find(key, h)? {
            Err(s) => s,
            Ok(_) => return Ok(()),
        };
        let n = self.used.get();
        // SAFETY: `grow` guaranteed `used < cap`; the slot is inside the entries block.
        unsafe { self.entries.get().add(n).write(Entry { key, value }) };
        self.used.set(n + 1);
        self.count.set(self.count.get() + 1);
        self.index()[slot] = n as u32 + 1;
        Ok(())
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
                let entry = &mut self.entries()[e];
                let v = entry.value;
                entry.key = Obj::NULL;
                entry.value = Obj::NULL;
                self.count.set(self.count.get() - 1);
                Some(v)
            }
            Err(_) => None,
        })
    }

    /// Compact the live entries into bigger arrays and rebuild the index.
    fn grow(&self) -> Result<(), Exc> {
        let heap = root::heap();
        let live = self.count.get();
        let cap = (live * 2).max(4);
        let esize = core::mem::size_of::<Entry>();
        let ebytes = cap.checked_mul(esize).ok_or_else(exc::memory_error)?;
        let new_entries = heap.alloc(ebytes)?.as_ptr() as *mut Entry;
        let ilen = cap * 2;
        let new_index = heap.alloc(ilen * 4)?.as_ptr() as *mut u32;
        let mut n = 0;
        for e in self.entries().iter().filter(|e| !e.key.is_null()) {
            // SAFETY: `n < live <= cap`: inside the new entries block.
            unsafe { new_entries.add(n).write(*e) };
            n += 1;
        }
        // SAFETY: the new index block holds `ilen` zeroed u32 slots.
        let index = unsafe { core::slice::from_raw_parts_mut(new_index, ilen) };
        for i in 0..n {
            // SAFETY: entries `0..n` were just written.
            let key = unsafe { (*new_entries.add(i)).key };
            let mut j = super::hash(key).unwrap_or(0) as usize % ilen;
            while index[j] != 0 {
                j = (j + 1) % ilen;
            }
            index[j] = i as u32 + 1;
        }
        heap.free(self.entries.get() as *mut u8);
        heap.free(self.index.get() as *mut u8);
        self.entries.set(new_entries);
        self.index.set(new_index);
        self.cap.set(cap);
        self.used.set(n);
        self.index_len.set(ilen);
        Ok(())
    }

    /// Live `(key, value)` pairs in insertion order, from entry `*pos` on.
    pub fn next(&self, pos: &mut usize) -> Option<(Obj, Obj)> {
        let entries = self.entries();
        while *pos < entries.len() {
            let e = entries[*pos];
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
