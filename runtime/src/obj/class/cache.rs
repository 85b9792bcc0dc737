//! The type lookup cache: `(type, name) -> what a walk of the type's MRO finds`, for
//! [`super::type_lookup`] and [`super::user_lookup`] (CPython's method cache, in the
//! spirit of MicroPython's `MICROPY_OPT_CACHE_MAP_LOOKUP_IN_BYTECODE`).
//!
//! An attribute load from an instance looks the name up along the class's MRO before it
//! reads the instance dict (data descriptors win), so `self.x` missed in every class of
//! the MRO on every load, and a store looked for `__setattr__` along the whole MRO. The
//! cache remembers hits and misses alike.
//!
//! Invariants that keep an entry true:
//! - A class's MRO and bases never change after `make_class`, and built-in types' tables
//!   are constant; so the answer for `(T, name)` changes only when a class dict changes.
//!   Class dicts are *watched* tables (`Table::watch`): every insertion, replacement or
//!   removal in one makes every entry stale ([`invalidate`]), whoever makes it (`C.x = 1`,
//!   `setattr`, the namespace dict given to `type()`, `C.__dict__`).
//! - The cache is a static the GC scans with the runtime state (`gc::root::type_cache`): a
//!   cached type (and the value found) stays alive while its entry exists, so a type's
//!   address is never reused by another type while an entry names it. A stale entry (of an
//!   older epoch) keeps its objects alive until it is overwritten: at most the table's size
//!   of them. A runtime's start and end each begin a new epoch, so one runtime never finds
//!   the entries of another (whose objects may be gone).

use core::cell::Cell;

use super::super::{Obj, Type};
use crate::qstr::Qstr;

/// Entries: a power of two. 24 bytes each on 64-bit hosts (1024: the hot pairs of a
/// program of some size, e.g. richards, fit whatever addresses its classes get; 256 lost
/// 3% of richards' instructions to collisions depending on where the heap was); 16 on
/// 32-bit boards, where 32 (512 bytes of `.bss`) keep the RAM it took when it sat on the
/// stack of `runtime::enter` (128 there had overflowed netduinoplus2's 2 KB stack margin).
#[cfg(target_pointer_width = "64")]
const SIZE: usize = 1024;
#[cfg(not(target_pointer_width = "64"))]
const SIZE: usize = 32;

/// Lookups along the whole MRO (`type_lookup`) or only its classes (`user_lookup`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    All = 0,
    User = 1,
}

#[derive(Clone, Copy)]
pub struct Entry {
    /// The type's address; 0 for an empty entry.
    ty: usize,
    /// The name's id, plus `Kind` in bit 16; above them ([`HINT_SHIFT`]) the position + 1
    /// (0: none) where the name was last found in the dict of an instance of the type.
    /// Instances of a class usually get their attributes in the same order, so the next
    /// instance has it at the same position: [`hint`] lets `self.x` skip hashing.
    key: u32,
    /// The cache's epoch when the entry was made: an entry of an older epoch is stale.
    epoch: u32,
    /// What the lookup found, NULL for nothing.
    value: Obj,
}

const EMPTY: Entry = Entry { ty: 0, key: 0, epoch: 0, value: Obj::NULL };

const HINT_SHIFT: u32 = 17;
const KEY_MASK: u32 = (1 << HINT_SHIFT) - 1;

/// The cache (a field of the runtime state).
pub struct TypeCache {
    sets: [[Cell<Entry>; 2]; SIZE / 2],
    /// Bumped by [`invalidate`]. It starts at 0, as the entries do, so that the static cache
    /// is all zeros (`.bss`, not 0.5 KB of `.data` on a board): an empty entry names type
    /// address 0, which no type has, so it never matches.
    epoch: Cell<u32>,
}

impl TypeCache {
    pub const fn new() -> TypeCache {
        TypeCache { sets: [const { [const { Cell::new(EMPTY) }; 2] }; SIZE / 2], epoch: Cell::new(0) }
    }

    /// The two entries of the set `(ty, key)` belongs to (2-way set associative: a
    /// program's hot pairs are many, and a direct-mapped table of this size lost a tenth of
    /// richards' lookups to collisions).
    fn set_of(&self, ty: usize, key: u32) -> &[Cell<Entry>; 2] {
        // Fibonacci hashing of the mixed type address and name.
        let h = ((ty >> 4) as u32 ^ key.wrapping_mul(0x9E37_79B9)).wrapping_mul(0x9E37_79B9);
        &self.sets[(h >> 16) as usize & (SIZE / 2 - 1)]
    }

    fn clear(&self) {
        for e in self.sets.iter().flatten() {
            e.set(EMPTY);
        }
    }
}

impl Default for TypeCache {
    fn default() -> Self {
        Self::new()
    }
}

fn cache() -> &'static TypeCache {
    crate::gc::root::type_cache()
}

/// What a lookup of `name` on `t` found, `Some(NULL)` for a cached miss; `None` when not
/// cached.
#[inline]
pub fn get(t: &'static Type, name: Qstr, kind: Kind) -> Option<Obj> {
    entry(t, name, kind).map(|c| c.get().value)
}

/// The cache entry of `(t, name, kind)`, if cached.
#[inline]
pub fn entry(t: &'static Type, name: Qstr, kind: Kind) -> Option<&'static Cell<Entry>> {
    let ty = t as *const Type as usize;
    let key = name.id() as u32 | (kind as u32) << 16;
    let cache = cache();
    let epoch = cache.epoch.get();
    cache.set_of(ty, key).iter().find(|e| {
        let e = e.get();
        e.ty == ty && e.key & KEY_MASK == key && e.epoch == epoch
    })
}

/// What the entry's lookup found (NULL: nothing).
#[inline]
pub fn value(e: &Cell<Entry>) -> Obj {
    e.get().value
}

/// Where the name was last found in an instance dict of the entry's type.
#[inline]
pub fn hint(e: &Cell<Entry>) -> Option<usize> {
    (e.get().key >> HINT_SHIFT).checked_sub(1).map(|h| h as usize)
}

/// Remember position `pos` of an instance dict for the entry (beyond what the key's bits
/// hold: no hint).
#[inline]
pub fn set_hint(e: &Cell<Entry>, pos: usize) {
    let mut v = e.get();
    let h = u32::try_from(pos + 1).ok().filter(|&h| h < 1 << (32 - HINT_SHIFT)).unwrap_or(0);
    v.key = v.key & KEY_MASK | h << HINT_SHIFT;
    e.set(v);
}

/// Remember what a lookup found (`None`: nothing). The newer entry of the set moves to
/// the second way; the older one is dropped.
#[inline]
pub fn put(t: &'static Type, name: Qstr, kind: Kind, found: Option<Obj>) {
    let ty = t as *const Type as usize;
    let key = name.id() as u32 | (kind as u32) << 16;
    let cache = cache();
    let [first, second] = cache.set_of(ty, key);
    second.set(first.get());
    first.set(Entry { ty, key, epoch: cache.epoch.get(), value: found.unwrap_or(Obj::NULL) });
}

/// Forget everything: a class dict changed. A new epoch makes every entry stale at once
/// (O(1): a program that stores to a class attribute in a loop does not clear the table
/// each time); only when the epoch wraps is the table cleared.
#[cold]
pub fn invalidate() {
    let cache = cache();
    let next = cache.epoch.get().wrapping_add(1);
    if next == 0 {
        cache.clear();
        cache.epoch.set(1);
    } else {
        cache.epoch.set(next);
    }
}
