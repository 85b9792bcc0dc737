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
//!   removal in one clears the whole cache ([`invalidate`]), whoever makes it (`C.x = 1`,
//!   `setattr`, the namespace dict given to `type()`, `C.__dict__`).
//! - The cache lives in the runtime state, which the GC scans: a cached type (and the
//!   value found) stays alive while its entry exists, so a type's address is never reused
//!   by another type while an entry names it.

use core::cell::Cell;

use super::super::{Obj, Type};
use crate::qstr::Qstr;

/// Entries: a power of two. 24 bytes each on 64-bit hosts; 12 on 32-bit boards, where
/// the state (and so the cache) sits on the stack of `runtime::enter`, above the frames
/// the board's stack limit was measured for: 128 entries there overflowed
/// netduinoplus2's 2 KB stack margin in the recursion tests; 32 (384 bytes) do not.
#[cfg(target_pointer_width = "64")]
const SIZE: usize = 256;
#[cfg(not(target_pointer_width = "64"))]
const SIZE: usize = 32;

/// Lookups along the whole MRO (`type_lookup`) or only its classes (`user_lookup`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    All = 0,
    User = 1,
}

#[derive(Clone, Copy)]
struct Entry {
    /// The type's address; 0 for an empty entry.
    ty: usize,
    /// The name's id, plus `Kind` in bit 16.
    key: u32,
    /// What the lookup found, NULL for nothing.
    value: Obj,
}

const EMPTY: Entry = Entry { ty: 0, key: 0, value: Obj::NULL };

/// The cache (a field of the runtime state).
pub struct TypeCache {
    sets: [[Cell<Entry>; 2]; SIZE / 2],
}

impl TypeCache {
    pub const fn new() -> TypeCache {
        TypeCache { sets: [const { [const { Cell::new(EMPTY) }; 2] }; SIZE / 2] }
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
    &crate::gc::root::state().type_cache
}

/// What a lookup of `name` on `t` found, `Some(NULL)` for a cached miss; `None` when not
/// cached.
#[inline]
pub fn get(t: &'static Type, name: Qstr, kind: Kind) -> Option<Obj> {
    let ty = t as *const Type as usize;
    let key = name.id() as u32 | (kind as u32) << 16;
    let set = cache().set_of(ty, key);
    set.iter().map(Cell::get).find(|e| e.ty == ty && e.key == key).map(|e| e.value)
}

/// Remember what a lookup found (`None`: nothing). The newer entry of the set moves to
/// the second way; the older one is dropped.
#[inline]
pub fn put(t: &'static Type, name: Qstr, kind: Kind, found: Option<Obj>) {
    let ty = t as *const Type as usize;
    let key = name.id() as u32 | (kind as u32) << 16;
    let [first, second] = cache().set_of(ty, key);
    second.set(first.get());
    first.set(Entry { ty, key, value: found.unwrap_or(Obj::NULL) });
}

/// Forget everything: a class dict changed.
#[cold]
pub fn invalidate() {
    cache().clear();
}
