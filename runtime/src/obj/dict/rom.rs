//! `RomDict`: the const table of a module's or a type's names in flash (MicroPython's
//! `MP_DEFINE_CONST_DICT`), sorted by qstr id at compile time and binary-searched.

use super::super::repr::{ObjBase, PyObj};
use super::super::{Obj, Type};
use crate::obj::exc::Exc;
use crate::print::{Print, PrintKind};
use crate::qstr::Qstr;

/// One `(key, value)` of a ROM table: 6 bytes on the MCU, packed to the key's 2-byte
/// alignment (the Cortex-M4 loads a word from any address; fields are read by value).
#[derive(Clone, Copy)]
#[repr(C, packed(2))]
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
            crate::qstr::lookup(super::super::str::as_str(key)?)?
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
    const TYPE: Option<&'static Type> = Some(&ROM_DICT_TYPE);
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
        super::super::print(Obj::from_qstr(e.key), out, PrintKind::Repr)?;
        out.write(b": ")?;
        super::super::print(e.value, out, PrintKind::Repr)?;
    }
    out.write(b"}")
}
