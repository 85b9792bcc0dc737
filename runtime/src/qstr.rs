//! Interned names (MicroPython's qstrs).
//!
//! Ids below [`STATIC_COUNT`] come from the table `qstrgen` generated at build time from
//! every `qstr!("...")` in the runtime and the board's module crates; looking one up by
//! text probes an open-addressing table of ids by hash. Names interned at run time live in the GC heap, in a
//! pool indexed by an open-addressing hash table. Both use [`qstr_hash`], the hash heap
//! strings use too, so a qstr and an equal heap string meet in the same dict bucket.

use core::cell::{Cell, RefCell};

use crate::gc::{root, GcVec};
use crate::obj::exc::{self, Exc};

#[allow(clippy::all)]
#[macro_use]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/qstrs.rs"));
}

#[cfg(test)]
pub(crate) use generated::MSG_ALL;
/// The compressed message table, for `crate::msg`.
pub(crate) use generated::{msg_token, MSG_DEPTH, MSG_LOW, MSG_PAIRS, MSG_TEXT};
pub use generated::{qstr_hash, STATIC_COUNT};

/// An interned name: an index into the static table or the run-time pool.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[repr(transparent)]
pub struct Qstr(u16);

impl Qstr {
    #[inline]
    pub const fn from_id(id: u16) -> Qstr {
        Qstr(id)
    }

    #[inline]
    pub const fn id(self) -> u16 {
        self.0
    }

    /// The text. Run-time names live as long as the runtime that interned them.
    pub fn as_str(self) -> &'static str {
        let id = self.0 as usize;
        if id < STATIC_COUNT {
            static_str(id)
        } else {
            root::state().qstrs.get(id - STATIC_COUNT).map_or("", Entry::text)
        }
    }

    pub fn as_bytes(self) -> &'static [u8] {
        self.as_str().as_bytes()
    }

    #[inline]
    pub fn hash(self) -> u32 {
        let id = self.0 as usize;
        if id < STATIC_COUNT {
            u32::from(generated::HASHES[id])
        } else {
            root::state().qstrs.get(id - STATIC_COUNT).map_or(0, Entry::hash)
        }
    }
}

/// A run-time name's record in the pool's text chunks: its hash (2 bytes, little-endian: a
/// `qstr_hash` is 16 bits), its length (2 bytes), then its UTF-8 text, unaligned.
const RECORD_HEAD: usize = 4;

/// The smallest text chunk; each new one is twice the last, up to [`CHUNK_MAX`].
const CHUNK_MIN: usize = 64;
const CHUNK_MAX: usize = 1024;

#[derive(Clone, Copy)]
struct Entry(*const u8);

impl Entry {
    fn head(self) -> [u8; RECORD_HEAD] {
        // SAFETY: an entry points at a record `Pool::add` wrote into a text chunk: its
        // head's bytes are initialised, and the chunk lives as long as the runtime (the
        // pool's entries, in the runtime state, point into it).
        unsafe { *(self.0 as *const [u8; RECORD_HEAD]) }
    }

    fn hash(self) -> u32 {
        let h = self.head();
        u32::from(u16::from_le_bytes([h[0], h[1]]))
    }

    fn text(self) -> &'static str {
        let h = self.head();
        let len = usize::from(u16::from_le_bytes([h[2], h[3]]));
        // SAFETY: as in `head`, the record's `len` text bytes follow its head; they were
        // copied from a `&str`, so they are UTF-8.
        unsafe { core::str::from_utf8_unchecked(core::slice::from_raw_parts(self.0.add(RECORD_HEAD), len)) }
    }
}

/// The run-time part of the table: one record per name in text chunks (no block per
/// name), the entries pointing at them, and a hash index of `id + 1` (0 = empty).
pub struct Pool {
    entries: RefCell<GcVec<Entry>>,
    index: RefCell<GcVec<u16>>,
    /// The chunk records are added to, its free bytes from `chunk_used` on, its size.
    chunk: Cell<*mut u8>,
    chunk_used: Cell<usize>,
    chunk_size: Cell<usize>,
    /// Bytes of all chunks, for `qstr_info`.
    chunk_total: Cell<usize>,
}

impl Default for Pool {
    fn default() -> Self {
        Self::new()
    }
}

impl Pool {
    pub const fn new() -> Pool {
        Pool {
            entries: RefCell::new(GcVec::new()),
            index: RefCell::new(GcVec::new()),
            chunk: Cell::new(core::ptr::null_mut()),
            chunk_used: Cell::new(0),
            chunk_size: Cell::new(0),
            chunk_total: Cell::new(0),
        }
    }

    fn get(&self, i: usize) -> Option<Entry> {
        self.entries.borrow().get(i).copied()
    }

    pub fn len(&self) -> usize {
        self.entries.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `(count, text bytes, total bytes)` of the names interned at run time, for
    /// `micropython.qstr_info()` (total: the text chunks plus the tables' capacity).
    pub fn stats(&self) -> (usize, usize, usize) {
        let entries = self.entries.borrow();
        let text: usize = entries.iter().map(|e| e.text().len()).sum();
        let tables = entries.capacity() * core::mem::size_of::<Entry>() + self.index.borrow().capacity() * 2;
        (entries.len(), text, self.chunk_total.get() + tables)
    }

    /// The text of run-time name `i` (below [`Pool::len`]).
    pub fn text(&self, i: usize) -> Option<&'static str> {
        self.get(i).map(Entry::text)
    }

    fn find(&self, s: &str, hash: u32) -> Option<u16> {
        let index = self.index.borrow();
        let entries = self.entries.borrow();
        let n = index.len();
        if n == 0 {
            return None;
        }
        let mut i = hash as usize % n;
        loop {
            let slot = index[i];
            if slot == 0 {
                return None;
            }
            let e = entries.get(slot as usize - 1)?;
            if e.hash() == hash && e.text() == s {
                return Some(slot - 1);
            }
            i = (i + 1) % n;
        }
    }

    fn insert_index(index: &mut [u16], hash: u32, slot: u16) {
        let n = index.len();
        let mut i = hash as usize % n;
        while index[i] != 0 {
            i = (i + 1) % n;
        }
        index[i] = slot;
    }

    /// Room for a record of `bytes` bytes in the current chunk, or in a new one.
    fn record_space(&self, bytes: usize) -> Result<*mut u8, Exc> {
        let used = self.chunk_used.get();
        if self.chunk.get().is_null() || used + bytes > self.chunk_size.get() {
            let size = (self.chunk_size.get() * 2).clamp(CHUNK_MIN, CHUNK_MAX).max(bytes);
            let chunk = crate::gc::alloc(size)?.as_ptr();
            self.chunk.set(chunk);
            self.chunk_size.set(size);
            self.chunk_used.set(bytes);
            self.chunk_total.set(self.chunk_total.get() + size);
            return Ok(chunk);
        }
        self.chunk_used.set(used + bytes);
        // SAFETY: `used + bytes <= chunk_size`: inside the chunk.
        Ok(unsafe { self.chunk.get().add(used) })
    }

    fn add(&self, s: &str, hash: u32) -> Result<u16, Exc> {
        let count = self.len();
        if STATIC_COUNT + count >= u16::MAX as usize {
            return Err(exc::memory_error());
        }
        let len = u16::try_from(s.len()).map_err(|_| exc::new_msg(&exc::RUNTIME_ERROR, msg!("name too long")))?;
        // Keep the index at most half full.
        let need = (count + 1) * 2;
        if self.index.borrow().len() < need {
            let mut fresh: GcVec<u16> = GcVec::with_capacity(need.max(8) * 2)?;
            for _ in 0..fresh.capacity() {
                fresh.push(0)?;
            }
            for (i, e) in self.entries.borrow().iter().enumerate() {
                Self::insert_index(&mut fresh, e.hash(), i as u16 + 1);
            }
            *self.index.borrow_mut() = fresh;
        }
        self.entries.borrow_mut().reserve(1)?;
        let record = self.record_space(RECORD_HEAD + s.len())?;
        let [h0, h1, _, _] = hash.to_le_bytes();
        let [l0, l1] = len.to_le_bytes();
        // SAFETY: `record_space` gave `RECORD_HEAD + s.len()` bytes inside a chunk that
        // nothing else writes; the chunk stays alive through `record` (on the stack), then
        // through the entry.
        unsafe {
            core::ptr::copy_nonoverlapping([h0, h1, l0, l1].as_ptr(), record, RECORD_HEAD);
            core::ptr::copy_nonoverlapping(s.as_ptr(), record.add(RECORD_HEAD), s.len());
        }
        self.entries.borrow_mut().push(Entry(record))?;
        Self::insert_index(&mut self.index.borrow_mut(), hash, count as u16 + 1);
        Ok(count as u16)
    }
}

/// Where static name `id` ends in `TEXT`: `ENDS` whole, or its low byte and the number of
/// multiples of 256 passed by then (`WRAPS`; a small board's table, see `qstrgen`).
fn end_of(id: usize) -> usize {
    let low = generated::ENDS.get(id).map_or(0, |&e| usize::from(e));
    if generated::ENDS_BITS == 16 {
        return low;
    }
    let high = generated::WRAPS.iter().take_while(|&&w| usize::from(w) <= id).count();
    high << 8 | low
}

/// The text of the static name `id < STATIC_COUNT`: its slice of the generated `TEXT`.
fn static_str(id: usize) -> &'static str {
    let end = end_of(id);
    let start = id.checked_sub(1).map_or(0, end_of);
    generated::TEXT.get(start..end).unwrap_or("")
}

/// The id of the static name `s` whose hash is `hash`: the generated open-addressing table,
/// from the slot the hash picks to the first empty one (a quarter of the slots are empty).
/// A table of bytes holds ids' low bytes (see `qstrgen`'s `slot_table`): each id with that
/// low byte is a candidate, and `0xFF` ends the run after its candidates.
fn static_lookup(s: &str, hash: u32) -> Option<u16> {
    let slots = &generated::SLOTS;
    let is = |id: u16| {
        generated::HASHES.get(usize::from(id)).map(|&h| u32::from(h)) == Some(hash) && static_str(usize::from(id)) == s
    };
    // The length is a constant: the modulo is a multiplication.
    let mut i = hash as usize % slots.len();
    for _ in 0..slots.len() {
        // A `u8` or a `u16` table, as the board's names need (`SLOT_BITS`).
        #[allow(clippy::useless_conversion)]
        let v = u16::from(*slots.get(i)?);
        if generated::SLOT_BITS == 16 {
            if v == u16::MAX {
                return None;
            }
            if is(v) {
                return Some(v);
            }
        } else {
            let mut id = v;
            while usize::from(id) < STATIC_COUNT {
                if is(id) {
                    return Some(id);
                }
                id += 256;
            }
            if v == 0xFF {
                return None;
            }
        }
        i = if i + 1 == slots.len() { 0 } else { i + 1 };
    }
    None
}

/// The id of `s` if it is already interned (statically or at run time).
pub fn lookup(s: &str) -> Option<Qstr> {
    let hash = qstr_hash(s.as_bytes());
    if let Some(id) = static_lookup(s, hash) {
        return Some(Qstr(id));
    }
    let pool = &root::state().qstrs;
    pool.find(s, hash).map(|i| Qstr(i + STATIC_COUNT as u16))
}

/// Intern `s`, adding it to the run-time pool if it is new.
///
/// # Errors
/// `MemoryError` when the heap or the id space is exhausted.
pub fn intern(s: &str) -> Result<Qstr, Exc> {
    let hash = qstr_hash(s.as_bytes());
    if let Some(id) = static_lookup(s, hash) {
        return Ok(Qstr(id));
    }
    let pool = &root::state().qstrs;
    if let Some(i) = pool.find(s, hash) {
        return Ok(Qstr(i + STATIC_COUNT as u16));
    }
    let i = pool.add(s, hash)?;
    Ok(Qstr(i + STATIC_COUNT as u16))
}

/// Intern bytes that must be UTF-8 (identifiers from the lexer).
///
/// # Errors
/// `MemoryError`; invalid UTF-8 interns as the empty name.
pub fn intern_bytes(b: &[u8]) -> Result<Qstr, Exc> {
    intern(crate::obj::unicode::as_utf8(b).unwrap_or(""))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every static name is found by its text (with the board's slot width), and texts
    /// that are no name are not.
    #[test]
    fn static_names_are_found() {
        // The names are `TEXT` cut up, in order (whatever the width of `ENDS`).
        let all: std::string::String = (0..STATIC_COUNT).map(static_str).collect();
        assert_eq!(all, generated::TEXT);
        assert_eq!(static_str(0), "");
        assert_eq!(qstr!("__name__").as_str(), "__name__");
        for id in 0..STATIC_COUNT {
            let name = static_str(id);
            assert_eq!(static_lookup(name, qstr_hash(name.as_bytes())), Some(id as u16), "{name:?}");
        }
        for i in 0..2000 {
            let absent = std::format!("absent name {i}");
            assert_eq!(static_lookup(&absent, qstr_hash(absent.as_bytes())), None);
        }
    }

    /// Run-time names round-trip through the pool's chunks (across several chunks, with
    /// names longer than a chunk), and one past 65,535 bytes is refused.
    #[test]
    fn pool_records_round_trip() {
        crate::testing::with_runtime(|| {
            let mut ids = std::vec::Vec::new();
            for i in 0..300 {
                let name = std::format!("pool_name_{i}_{}", "z".repeat(i % 70));
                ids.push((intern(&name).unwrap(), name));
            }
            let long = "q".repeat(3000);
            let q = intern(&long).unwrap();
            for (id, name) in &ids {
                assert_eq!(id.as_str(), name);
                assert_eq!(id.hash(), qstr_hash(name.as_bytes()));
                assert_eq!(intern(name).unwrap(), *id);
                assert_eq!(lookup(name), Some(*id));
            }
            assert_eq!(q.as_str(), long);
            assert_eq!(lookup("pool_name_absent"), None);
            let e = intern(&"a".repeat(70_000)).unwrap_err();
            assert!(e.is(&crate::obj::exc::RUNTIME_ERROR));
        });
    }
}
