//! The hash table behind `dict`, `set` and `frozenset`: an insertion-ordered entry array
//! plus an open-addressing index of entry numbers (CPython's compact dict). A table of at
//! most [`SMALL`] entry slots has no index: a lookup reads its few entries in order (most
//! dicts are small: instance attributes, records, keyword arguments), and the index's
//! memory (half to a third of the table) is saved.
//!
//! Entries are a key and a value, two words, as MicroPython's, and a tag byte from the key's
//! hash, in the same block after the entries: `equal` (which may be slow or run Python code)
//! is called only for keys whose tag matches. Full hashes are not kept: growing hashes the
//! keys again (see [`Table::rebuild`]), as MicroPython does.
//!
//! Its entry array and index are only ever *replaced* when the table grows or is cleared,
//! never freed at once: a lookup or an iterator up the stack may still be reading them (see
//! docs/ARCHITECTURE.md, "Buffers and views"). Slots are read and written through cells,
//! never `&mut`. A lookup that compares keys with `equal` (which may run Python code)
//! checks `version` afterwards and starts again if the table changed under it.

use core::cell::Cell;

use super::super::{exc, Obj};
use super::index::{self, Index};
pub use super::keys::key_hash;
use super::keys::{distinct_immediates, keys_equal, tag};
use crate::gc::root;
use exc::Exc;

/// One entry: a key (NULL once deleted) and its value (NULL in a set).
#[derive(Clone, Copy)]
pub struct Entry {
    pub key: Obj,
    pub value: Obj,
}

const DELETED: Entry = Entry { key: Obj::NULL, value: Obj::NULL };

/// Where [`Table::find_name`] found a name.
enum NameSlot {
    At(usize),
    Absent,
    Unsure,
}

/// The most entry slots a table without an index has.
const SMALL: usize = 8;

/// `find`'s "absent" answer in a table without an index (no index slot to offer).
const NO_SLOT: usize = usize::MAX;

/// A count or position of the table, kept in 32 bits (`rebuild` keeps the capacity below
/// `u32::MAX / 2`): on 64-bit hosts the table is 32 bytes smaller.
#[derive(Default)]
struct Count(Cell<u32>);

impl Count {
    const fn new() -> Count {
        Count(Cell::new(0))
    }

    #[inline]
    fn get(&self) -> usize {
        self.0.get() as usize
    }

    /// `v` fits in 32 bits: every count and position is below the entry capacity, which
    /// `grow` keeps below `u32::MAX`.
    #[inline]
    fn set(&self, v: usize) {
        self.0.set(v as u32);
    }
}

/// The table. Embedded in `DictObj` and `SetObj`.
#[repr(C)]
pub struct Table {
    entries: Cell<*mut Entry>,
    /// Entry slots in use (deleted ones included, their key is NULL).
    used: Count,
    cap: Count,
    /// Live entries.
    count: Count,
    /// The index block (see [`Index`]); null in a small table.
    index: Cell<*mut u8>,
    index_len: Count,
    /// Bumped by every change to which keys are where (insertion, removal, growth).
    version: Count,
    /// Every entry slot before `head` is deleted (where `pop_first` starts looking).
    head: Count,
    /// Every entry slot from `tail` to `used` is deleted (where `pop_last` starts looking).
    tail: Count,
    /// A class dict: every change to its contents clears the type lookup cache
    /// (`obj::class::cache`).
    watched: Cell<bool>,
    /// A one-word Bloom filter of the keys ever inserted (one bit of 32 per hash, see
    /// [`bloom_bit`]), cleared only by `clear`: a lookup whose bit is clear misses without
    /// probing (a method name in an instance dict, a builtin in the globals).
    bloom: Cell<u32>,
}

/// The filter bit of a hash: the top five bits of the hash times an odd constant, so that
/// all of a string's 16 hash bits and a small int's low bits choose it.
#[inline]
fn bloom_bit(hash: u32) -> u32 {
    1 << (hash.wrapping_mul(0x9e37_79b1) >> 27)
}

impl Table {
    pub const fn new() -> Table {
        Table {
            entries: Cell::new(core::ptr::null_mut()),
            used: Count::new(),
            cap: Count::new(),
            count: Count::new(),
            index: Cell::new(core::ptr::null_mut()),
            index_len: Count::new(),
            version: Count::new(),
            head: Count::new(),
            tail: Count::new(),
            watched: Cell::new(false),
            bloom: Cell::new(0),
        }
    }

    /// Make this a class dict (see `watched`).
    pub fn watch(&self) {
        self.watched.set(true);
        self.note_class_keys();
        crate::obj::class::invalidate_cache();
    }

    /// Tell the class machinery about every key of this (watched) table.
    fn note_class_keys(&self) {
        let mut pos = 0;
        while let Some(e) = self.next(&mut pos) {
            crate::obj::class::note_class_key(e.key);
        }
    }

    /// A change to which key maps to what (not growth, which keeps the mapping).
    #[inline]
    fn changed(&self) {
        if self.watched.get() {
            crate::obj::class::invalidate_cache();
        }
    }

    /// The number of live entries.
    #[inline]
    pub fn len(&self) -> usize {
        self.count.get()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Changes whenever a key is added or removed, or the table is rebuilt.
    #[inline]
    pub fn version(&self) -> usize {
        self.version.get()
    }

    fn bump(&self) {
        self.version.set(self.version.get().wrapping_add(1));
    }

    /// The entry slots in use now (a view: see the module's comment).
    fn entries(&self) -> &'static [Cell<Entry>] {
        if self.used.get() == 0 {
            return &[];
        }
        // SAFETY: `entries` points at a heap block of `cap >= used` entries, initialised up
        // to `used`. `Cell<Entry>` has the layout of `Entry`; the table writes slots only
        // through cells or raw pointers, never `&mut`, so views may alias. The block is
        // never freed while referenced: growth replaces it, and the conservative GC keeps it
        // alive while this slice (on the stack) points into it.
        unsafe { core::slice::from_raw_parts(self.entries.get() as *const Cell<Entry>, self.used.get()) }
    }

    /// The tag bytes of the entry slots in use (a view, as `entries`): they follow the `cap`
    /// entries in the entries block.
    fn tags(&self) -> &'static [Cell<u8>] {
        if self.used.get() == 0 {
            return &[];
        }
        // SAFETY: the entries block holds `cap` entries then `cap` tag bytes, initialised up
        // to `used` (written with each entry); the rest as `entries`.
        unsafe {
            let at = (self.entries.get() as *const Entry).add(self.cap.get()) as *const Cell<u8>;
            core::slice::from_raw_parts(at, self.used.get())
        }
    }

    /// The index slots (a view, as `entries`); `None` in a small table.
    fn index(&self) -> Option<Index> {
        if self.index_len.get() == 0 {
            return None;
        }
        // SAFETY: as `entries`: a heap block of `index_len` initialised slots of the width
        // for that length, replaced (not freed) on growth.
        Some(unsafe { Index::at(self.index.get(), self.index_len.get()) })
    }

    /// The index slot for `key`: `Ok(entry)` if present, `Err(free slot)` if not. The answer
    /// is about the table as it is on return: no Python code runs between the last check
    /// and the return, so the caller may use it until it runs any.
    fn find(&self, key: Obj, hash: u32) -> Result<Result<usize, usize>, Exc> {
        'lookup: loop {
            let entries = self.entries();
            let tags = self.tags();
            let version = self.version.get();
            let t = tag(hash);
            let Some(index) = self.index() else {
                // A small table (or an empty one): its entries in order.
                for (i, c) in entries.iter().enumerate() {
                    if tags[i].get() != t {
                        continue;
                    }
                    match self.holds(c.get(), key, version)? {
                        Some(true) => return Ok(Ok(i)),
                        Some(false) => {}
                        None => continue 'lookup,
                    }
                }
                return Ok(Err(NO_SLOT));
            };
            // The index length is a power of two (see `grow`).
            let mask = index.len() - 1;
            let mut i = index::home(hash, mask);
            loop {
                let slot = index.get(i);
                if slot == 0 {
                    return Ok(Err(i));
                }
                if tags[slot - 1].get() != t {
                    i = (i + 1) & mask;
                    continue;
                }
                match self.holds(entries[slot - 1].get(), key, version)? {
                    Some(true) => return Ok(Ok(slot - 1)),
                    Some(false) => i = (i + 1) & mask,
                    None => continue 'lookup,
                }
            }
        }
    }

    /// Whether entry `e` (whose tag is `key`'s) holds `key`, or `None` when comparing them
    /// ran code that changed the table since `version` (the views are stale: look again).
    #[inline]
    fn holds(&self, e: Entry, key: Obj, version: usize) -> Result<Option<bool>, Exc> {
        if e.key == key {
            return Ok(Some(true));
        }
        if e.key.is_null() || distinct_immediates(e.key, key) {
            return Ok(Some(false));
        }
        let same = keys_equal(e.key, key)?;
        if self.version.get() != version {
            crate::vm::poll_interrupt()?;
            return Ok(None);
        }
        Ok(Some(same))
    }

    /// The entry for `key` (hashed already), if present.
    ///
    /// # Errors
    /// Whatever comparing keys raises.
    pub fn lookup(&self, key: Obj, hash: u32) -> Result<Option<Entry>, Exc> {
        if self.count.get() == 0 || self.bloom.get() & bloom_bit(hash) == 0 {
            return Ok(None);
        }
        Ok(match self.find(key, hash)? {
            Ok(e) => Some(self.entries()[e].get()),
            Err(_) => None,
        })
    }

    /// The value for `key`.
    ///
    /// # Errors
    /// `TypeError` for an unhashable key; whatever `__hash__`/`__eq__` raise.
    pub fn get(&self, key: Obj) -> Result<Option<Obj>, Exc> {
        if self.count.get() == 0 {
            // Still hash: `{}[[]]` is a TypeError, as in CPython.
            super::super::hash(key)?;
            return Ok(None);
        }
        let h = super::super::hash(key)?;
        Ok(self.lookup(key, h)?.map(|e| e.value))
    }

    /// The value for the name `q` (attribute and global lookups). Names are interned, so
    /// only identity is compared until a key of another kind with the same hash turns up
    /// (a heap str equal to the name, or an object with its own `__eq__`); then the
    /// general lookup decides.
    ///
    /// # Errors
    /// Whatever comparing keys raises (only in that fallback).
    #[inline]
    pub fn get_name(&self, q: crate::qstr::Qstr) -> Result<Option<Obj>, Exc> {
        Ok(self.get_name_at(q)?.map(|(v, _)| v))
    }

    /// [`Table::get_name`], with the entry's position (for [`Table::name_at`]).
    ///
    /// # Errors
    /// As [`Table::get_name`].
    #[inline]
    pub fn get_name_at(&self, q: crate::qstr::Qstr) -> Result<Option<(Obj, usize)>, Exc> {
        if self.count.get() == 0 {
            return Ok(None);
        }
        let hash = q.hash();
        if self.bloom.get() & bloom_bit(hash) == 0 {
            return Ok(None);
        }
        let key = Obj::from_qstr(q);
        Ok(match self.find_name(key, hash) {
            NameSlot::At(pos) => self.entries().get(pos).map(|c| (c.get().value, pos)),
            NameSlot::Absent => None,
            NameSlot::Unsure => match self.find(key, hash)? {
                Ok(e) => Some((self.entries()[e].get().value, e)),
                Err(_) => None,
            },
        })
    }

    /// Where the entry of the name `key` (a qstr whose hash is `hash`) is, by identity only:
    /// the small tables' scan or the index probe, stopping at a key of another kind with
    /// the same hash (`Unsure`: the general lookup decides).
    #[inline]
    fn find_name(&self, key: Obj, hash: u32) -> NameSlot {
        let entries = self.entries();
        let tags = self.tags();
        let t = tag(hash);
        let at = |pos: usize| {
            if tags.get(pos)?.get() != t {
                return None;
            }
            let e = entries.get(pos)?.get();
            if e.key == key {
                Some(NameSlot::At(pos))
            } else if e.key.is_null() || e.key.is_qstr() {
                None
            } else {
                Some(NameSlot::Unsure)
            }
        };
        let Some(index) = self.index() else {
            return (0..entries.len()).find_map(at).unwrap_or(NameSlot::Absent);
        };
        let mask = index.len() - 1;
        let mut i = index::home(hash, mask);
        loop {
            let slot = index.get(i);
            if slot == 0 {
                return NameSlot::Absent;
            }
            if let Some(r) = at(slot - 1) {
                return r;
            }
            i = (i + 1) & mask;
        }
    }

    /// The value of name `q` if the entry at `pos` holds it (a position an earlier
    /// [`Table::get_name_at`] gave, for this table or one built the same way): no hashing.
    #[inline]
    pub fn name_at(&self, q: crate::qstr::Qstr, pos: usize) -> Option<Obj> {
        let e = self.entries().get(pos)?.get();
        (e.key == Obj::from_qstr(q)).then_some(e.value)
    }

    /// Replace the value of name `q` if the entry at `pos` holds it (see
    /// [`Table::name_at`]); whether it did.
    #[inline]
    pub fn set_name_at(&self, q: crate::qstr::Qstr, pos: usize, value: Obj) -> bool {
        let Some(cell) = self.entries().get(pos) else { return false };
        let e = cell.get();
        if e.key != Obj::from_qstr(q) {
            return false;
        }
        cell.set(Entry { value, ..e });
        self.changed();
        true
    }

    /// `self[q] = value` for a name `q` (attribute stores): an existing entry for the
    /// name is found by identity and its value replaced in place; anything else (a new
    /// name, a key of another kind with the same hash) goes through
    /// [`Table::insert_hashed`].
    ///
    /// # Errors
    /// `MemoryError`; whatever comparing keys raises (only in that fallback).
    pub fn set_name(&self, q: crate::qstr::Qstr, value: Obj) -> Result<(), Exc> {
        let key = Obj::from_qstr(q);
        let hash = q.hash();
        if let NameSlot::At(pos) = self.find_name(key, hash) {
            if let Some(cell) = self.entries().get(pos) {
                cell.set(Entry { value, ..cell.get() });
                self.changed();
                return Ok(());
            }
        }
        self.insert_hashed(key, value, hash).map(|_| ())
    }

    /// Insert `key: value`, or replace the value of an equal key (keeping the old key).
    /// Returns whether the key is new.
    ///
    /// # Errors
    /// `MemoryError`; whatever comparing keys raises.
    pub fn insert_hashed(&self, key: Obj, value: Obj, h: u32) -> Result<bool, Exc> {
        loop {
            match self.find(key, h)? {
                Ok(e) => {
                    let slot = &self.entries()[e];
                    slot.set(Entry { value, ..slot.get() });
                    self.changed();
                    return Ok(false);
                }
                // Room checked after the lookup: the comparisons may have changed the table.
                Err(free) if self.has_room(1) => {
                    let n = self.used.get();
                    // SAFETY: `n < cap`: the slot is inside the entries block, past every
                    // view's length (views cover `used` entries at most).
                    unsafe {
                        self.entries.get().add(n).write(Entry { key, value });
                        self.tag_slot(n).write(tag(h));
                    }
                    if self.watched.get() {
                        crate::obj::class::note_class_key(key);
                    }
                    self.bloom.set(self.bloom.get() | bloom_bit(h));
                    self.used.set(n + 1);
                    self.tail.set(n + 1);
                    self.count.set(self.count.get() + 1);
                    if let Some(index) = self.index() {
                        index.set(free, n + 1);
                    }
                    self.bump();
                    self.changed();
                    return Ok(true);
                }
                Err(_) => self.grow(self.count.get() + 1)?,
            }
        }
    }

    /// Insert or replace (see [`Table::insert_hashed`]).
    ///
    /// # Errors
    /// `MemoryError`, `TypeError` for an unhashable key.
    pub fn insert(&self, key: Obj, value: Obj) -> Result<bool, Exc> {
        let h = super::super::hash(key)?;
        self.insert_hashed(key, value, h)
    }

    /// Remove the entry for `key` (hashed already).
    ///
    /// # Errors
    /// Whatever comparing keys raises.
    pub fn remove_hashed(&self, key: Obj, h: u32) -> Result<Option<Entry>, Exc> {
        if self.count.get() == 0 {
            return Ok(None);
        }
        Ok(match self.find(key, h)? {
            Ok(e) => Some(self.remove_at(e)),
            Err(_) => None,
        })
    }

    /// Remove the entry for `key`.
    ///
    /// # Errors
    /// `TypeError` for an unhashable key; whatever `__hash__`/`__eq__` raise.
    pub fn remove(&self, key: Obj) -> Result<Option<Entry>, Exc> {
        let h = super::super::hash(key)?;
        self.remove_hashed(key, h)
    }

    /// Mark entry `e` (live) deleted; its index slot stays as a tombstone.
    fn remove_at(&self, e: usize) -> Entry {
        let slot = &self.entries()[e];
        let old = slot.get();
        slot.set(DELETED);
        self.count.set(self.count.get() - 1);
        self.bump();
        self.changed();
        old
    }

    /// Remove and return the first (oldest) live entry.
    pub fn pop_first(&self) -> Option<Entry> {
        let entries = self.entries();
        let from = self.head.get().min(entries.len());
        let i = from + entries[from..].iter().position(|c| !c.get().key.is_null())?;
        self.head.set(i + 1);
        Some(self.remove_at(i))
    }

    /// Remove and return the last (newest) live entry.
    pub fn pop_last(&self) -> Option<Entry> {
        let entries = self.entries();
        let to = self.tail.get().min(entries.len());
        let i = entries[..to].iter().rposition(|c| !c.get().key.is_null())?;
        self.tail.set(i);
        Some(self.remove_at(i))
    }

    /// Remove everything. The old arrays are left to the GC (an iterator or a lookup may
    /// still be reading them).
    pub fn clear(&self) {
        self.entries.set(core::ptr::null_mut());
        self.index.set(core::ptr::null_mut());
        self.used.set(0);
        self.cap.set(0);
        self.count.set(0);
        self.index_len.set(0);
        self.head.set(0);
        self.tail.set(0);
        self.bloom.set(0);
        self.bump();
        self.changed();
    }

    /// Make room for `extra` more entries at once (a copy or `fromkeys` of known size).
    ///
    /// # Errors
    /// `MemoryError`.
    pub fn reserve(&self, extra: usize) -> Result<(), Exc> {
        let need = self.count.get().checked_add(extra).ok_or_else(exc::memory_error)?;
        if self.has_room(extra) {
            return Ok(());
        }
        self.grow(need)
    }

    /// Whether `extra` more entries fit without growing: entry slots, and an index at most
    /// two thirds full (a small table has none).
    fn has_room(&self, extra: usize) -> bool {
        let used = self.used.get().saturating_add(extra);
        let ilen = self.index_len.get();
        used <= self.cap.get() && (ilen == 0 || used.saturating_mul(3) <= ilen * 2)
    }

    /// Give an empty table room for exactly `n` entries (an instance's dict, sized by what
    /// the last instance of its class held), so that it does not grow while filled.
    ///
    /// # Errors
    /// `MemoryError`.
    pub fn reserve_exact(&self, n: usize) -> Result<(), Exc> {
        if self.cap.get() == 0 && n > 0 {
            self.rebuild(n)?;
        }
        Ok(())
    }

    /// Compact the live entries into new arrays with room for at least `need` entries
    /// (1.5 times the live ones, or twice with deleted slots, at least 4: growth by half
    /// keeps appending amortised O(1) and holds less spare room than doubling) and rebuild
    /// the index, hashing the keys again.
    fn grow(&self, need: usize) -> Result<(), Exc> {
        let live = self.count.get();
        // A table full of deleted slots is one that churns (adds and removes): twice the
        // live entries there, so that it is not compacted again after a few more.
        let spare = if self.used.get() > live { live } else { live / 2 };
        let cap = need.max(live + spare).max(4);
        // A table that still fits in SMALL slots takes them all rather than an index.
        self.rebuild(if need <= SMALL { cap.min(SMALL) } else { cap })
    }

    /// [`Table::grow`] to `cap` entry slots (at least the live entries). The old arrays are
    /// left to the GC (a lookup may still be reading them).
    ///
    /// The keys are hashed first, for their tags and the index; a key's `__hash__` may run
    /// Python code, and if that changes the table the rebuild is dropped (the caller,
    /// finding no room, grows again). The entries are copied after, with no code run in
    /// between, so that values replaced meanwhile are not lost.
    fn rebuild(&self, cap: usize) -> Result<(), Exc> {
        let heap = root::heap();
        let live = self.count.get();
        let cap = cap.max(live);
        if cap >= (u32::MAX / 2) as usize {
            return Err(exc::memory_error());
        }
        // A power of two at least 1.5 times the entry slots, so that probing masks instead
        // of dividing and the index is at most two thirds full; none for a small table.
        let ilen = if cap <= SMALL { 0 } else { (cap + cap.div_ceil(2)).next_power_of_two() };
        let ebytes = entries_bytes(cap).ok_or_else(exc::memory_error)?;
        let ibytes = ilen.checked_mul(Index::width(ilen)).ok_or_else(exc::memory_error)?;
        let new_entries = heap.alloc(ebytes)?.as_ptr() as *mut Entry;
        let new_index = if ilen == 0 { core::ptr::null_mut() } else { heap.alloc(ibytes)?.as_ptr() };
        // SAFETY: the new index block holds `ilen` zeroed slots of the width for `ilen`, is
        // word-aligned (a heap block), and is referred to only through this view and
        // `new_index` (on the stack, so the GC keeps it) until it is installed.
        let index = (ilen > 0).then(|| unsafe { Index::at(new_index, ilen) });
        // SAFETY: the tag bytes follow the `cap` entries in the new block.
        let new_tags = unsafe { new_entries.add(cap) as *mut u8 };
        let version = self.version.get();
        let mut pos = 0;
        let mut n = 0;
        while let Some(e) = self.next(&mut pos) {
            let h = key_hash(e.key)?;
            if self.version.get() != version {
                crate::vm::poll_interrupt()?;
                return Ok(());
            }
            // SAFETY: `n < live <= cap`: a tag byte of the new block, which nothing else
            // refers to yet.
            unsafe { new_tags.add(n).write(tag(h)) };
            if let Some(index) = index {
                index.set(index.free_slot(h), n + 1);
            }
            n += 1;
        }
        let mut n = 0;
        for e in self.entries().iter().map(Cell::get).filter(|e| !e.key.is_null()) {
            // SAFETY: as above, an entry slot of the new block.
            unsafe { new_entries.add(n).write(e) };
            n += 1;
        }
        self.entries.set(new_entries);
        self.index.set(new_index);
        self.cap.set(cap);
        self.used.set(n);
        self.index_len.set(ilen);
        self.head.set(0);
        self.tail.set(n);
        self.bump();
        Ok(())
    }

    /// Where entry slot `n`'s tag byte is (`n < cap`).
    fn tag_slot(&self, n: usize) -> *mut u8 {
        // SAFETY: the entries block holds `cap` entries then `cap` tag bytes, and `n < cap`;
        // only the address is computed here.
        unsafe { (self.entries.get().add(self.cap.get()) as *mut u8).add(n) }
    }

    /// Live entries in insertion order, from entry slot `*pos` on.
    pub fn next(&self, pos: &mut usize) -> Option<Entry> {
        let entries = self.entries();
        while *pos < entries.len() {
            let e = entries[*pos].get();
            *pos += 1;
            if !e.key.is_null() {
                return Some(e);
            }
        }
        None
    }

    /// Copy every entry of `other` into this (empty) table: its arrays as they are
    /// (deleted slots too), so no key is hashed or compared.
    ///
    /// # Errors
    /// `MemoryError`.
    pub fn copy_from(&self, other: &Table) -> Result<(), Exc> {
        let heap = root::heap();
        let (used, ilen) = (other.used.get(), other.index_len.get());
        if used == 0 {
            return Ok(());
        }
        let ebytes = entries_bytes(used).ok_or_else(exc::memory_error)?;
        let ibytes = ilen.checked_mul(Index::width(ilen)).ok_or_else(exc::memory_error)?;
        let new_entries = heap.alloc(ebytes)?.as_ptr() as *mut Entry;
        let new_index = if ilen == 0 { core::ptr::null_mut() } else { heap.alloc(ibytes)?.as_ptr() };
        // The allocations may have collected, but `other` is reachable from the caller, and
        // no Python code ran: its arrays and counts are as read above.
        let (entries, tags) = (other.entries(), other.tags());
        // SAFETY: the new blocks are fresh: `used` entries then `used` tag bytes, and
        // `ibytes` index bytes; `other`'s views hold `used` initialised entries and tags, and
        // its index block `ilen` slots of that width. No region overlaps another.
        unsafe {
            core::ptr::copy_nonoverlapping(entries.as_ptr() as *const Entry, new_entries, used);
            core::ptr::copy_nonoverlapping(tags.as_ptr() as *const u8, new_entries.add(used) as *mut u8, used);
            if ilen > 0 {
                core::ptr::copy_nonoverlapping(other.index.get() as *const u8, new_index, ibytes);
            }
        }
        self.entries.set(new_entries);
        self.index.set(new_index);
        self.cap.set(used);
        self.used.set(used);
        self.count.set(other.count.get());
        self.index_len.set(ilen);
        self.head.set(other.head.get());
        self.tail.set(other.tail.get());
        self.bloom.set(other.bloom.get());
        if self.watched.get() {
            self.note_class_keys();
        }
        self.bump();
        self.changed();
        Ok(())
    }
}

/// The bytes of an entries block of `cap` slots: the entries, then a tag byte each.
fn entries_bytes(cap: usize) -> Option<usize> {
    cap.checked_mul(core::mem::size_of::<Entry>() + 1)
}

impl Default for Table {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::with_runtime;

    fn keys(t: &Table) -> [isize; 8] {
        let mut out = [-1; 8];
        let mut pos = 0;
        let mut i = 0;
        while let Some(e) = t.next(&mut pos) {
            out[i] = e.key.small_int_value();
            i += 1;
        }
        out
    }

    /// A table through every index width (bytes, 16 and 32 bits: past 170 and 43,690
    /// entries): each key found with its value, absent keys missed, deletions and order.
    #[test]
    fn index_widths_hold_every_entry() {
        let _guard = crate::gc::root::TEST_LOCK.lock().unwrap_or_else(|e| e.into_inner());
        let mut hal = crate::testing::TestHal::default();
        let mut heap = std::vec![0u8; 8 << 20];
        crate::with_runtime(&mut hal, &mut heap, &crate::obj::module::NO_MODULES, 256 * 1024, || {
            let t = Table::new();
            let n = 50_000;
            for k in 0..n {
                assert!(t.insert(Obj::small_int(k * 7), Obj::small_int(k)).unwrap());
                if [8, 9, 170, 171, 43_690, 43_691].contains(&k) {
                    assert_eq!(
                        Index::width(t.index_len.get()),
                        if k < 170 {
                            1
                        } else if k < 43_690 {
                            2
                        } else {
                            4
                        }
                    );
                }
            }
            assert_eq!(Index::width(t.index_len.get()), 4);
            for k in 0..n {
                assert_eq!(t.get(Obj::small_int(k * 7)).unwrap(), Some(Obj::small_int(k)));
                assert_eq!(t.get(Obj::small_int(k * 7 + 3)).unwrap(), None);
            }
            for k in (0..n).step_by(3) {
                assert!(t.remove(Obj::small_int(k * 7)).unwrap().is_some());
            }
            let mut pos = 0;
            let mut expect = (0..n).filter(|k| k % 3 != 0);
            while let Some(e) = t.next(&mut pos) {
                let k = expect.next().unwrap();
                assert_eq!((e.key, e.value), (Obj::small_int(k * 7), Obj::small_int(k)));
            }
            assert!(expect.next().is_none());
        });
    }

    /// Popping from either end keeps the other entries and the insertion order, with
    /// insertions, removals and growth in between.
    #[test]
    fn pops_from_both_ends_interleaved_with_inserts() {
        with_runtime(|| {
            let t = Table::new();
            for k in 0..6 {
                t.insert(Obj::small_int(k), Obj::NONE).unwrap();
            }
            assert_eq!(t.pop_first().unwrap().key, Obj::small_int(0));
            assert_eq!(t.pop_last().unwrap().key, Obj::small_int(5));
            t.insert(Obj::small_int(9), Obj::NONE).unwrap();
            assert_eq!(t.pop_last().unwrap().key, Obj::small_int(9));
            assert_eq!(t.pop_last().unwrap().key, Obj::small_int(4));
            t.remove(Obj::small_int(1)).unwrap();
            assert_eq!(t.pop_first().unwrap().key, Obj::small_int(2));
            for k in 10..16 {
                t.insert(Obj::small_int(k), Obj::NONE).unwrap();
            }
            assert_eq!(keys(&t), [3, 10, 11, 12, 13, 14, 15, -1]);
            assert_eq!(t.pop_first().unwrap().key, Obj::small_int(3));
            assert_eq!(t.pop_last().unwrap().key, Obj::small_int(15));
            while t.pop_first().is_some() {}
            assert!(t.is_empty() && t.pop_last().is_none());
            t.insert(Obj::small_int(7), Obj::NONE).unwrap();
            assert_eq!(t.pop_last().unwrap().key, Obj::small_int(7));
        });
    }
}
