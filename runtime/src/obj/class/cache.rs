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

/// Entries: a power of two. 12 bytes each on 32-bit targets, 24 on 64-bit hosts.
#[cfg(target_pointer_width = "64")]
const SIZE: usize = 128;
#[cfg(not(target_pointer_width = "64"))]
const SIZE: usize = 64;

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
    entries: [Cell<Entry>; SIZE],
}

impl TypeCache {
    pub const fn new() -> TypeCache {
        TypeCache { entries: [const { Cell::new(EMPTY) }; SIZE] }
    }

    fn slot(&self, ty: usize, key: u32) -> &Cell<Entry> {
        // Fibonacci hashing of the mixed type address and name.
        let h = ((ty >> 4) as u32 ^ key.wrapping_mul(0x9E37_79B9)).wrapping_mul(0x9E37_79B9);
        &self.entries[(h >> 16) as usize & (SIZE - 1)]
    }

    fn clear(&self) {
        for e in &self.entries {
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
    let e = cache().slot(ty, key).get();
    (e.ty == ty && e.key == key).then_some(e.value)
}

/// Remember what a lookup found (`None`: nothing).
#[inline]
pub fn put(t: &'static Type, name: Qstr, kind: Kind, found: Option<Obj>) {
    let ty = t as *const Type as usize;
    let key = name.id() as u32 | (kind as u32) << 16;
    cache().slot(ty, key).set(Entry { ty, key, value: found.unwrap_or(Obj::NULL) });
}

/// Forget everything: a class dict changed.
#[cold]
pub fn invalidate() {
    cache().clear();
}
