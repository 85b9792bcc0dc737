//! The open-addressing index of a dict or set table (`table.rs`): entry numbers in the
//! narrowest integer slots that hold them.

use core::cell::Cell;

/// The index: `entry number + 1` per slot (0 is empty), in the narrowest integer that holds
/// the table's entry numbers: a byte up to 256 slots, 16 bits up to 65,536, then 32 bits.
/// A table has at most two thirds as many entries as index slots, so the index costs 1.5 to
/// 3 bytes per entry slot of most dicts, not 8 to 16.
#[derive(Clone, Copy)]
pub(super) enum Index {
    U8(&'static [Cell<u8>]),
    U16(&'static [Cell<u16>]),
    U32(&'static [Cell<u32>]),
}

impl Index {
    /// The slot width for an index of `len` slots.
    pub(super) fn width(len: usize) -> usize {
        if len <= 256 {
            1
        } else if len <= 65536 {
            2
        } else {
            4
        }
    }

    /// The index in the heap block at `base` of `len` slots.
    ///
    /// # Safety
    /// `base` is a heap block of `len × width(len)` initialised bytes, aligned to a word,
    /// written only through cells, kept alive by the caller while the view is used.
    pub(super) unsafe fn at(base: *mut u8, len: usize) -> Index {
        // SAFETY: per the contract; `Cell<uN>` has the layout of `uN`.
        unsafe {
            match Index::width(len) {
                1 => Index::U8(core::slice::from_raw_parts(base as *const Cell<u8>, len)),
                2 => Index::U16(core::slice::from_raw_parts(base as *const Cell<u16>, len)),
                _ => Index::U32(core::slice::from_raw_parts(base as *const Cell<u32>, len)),
            }
        }
    }

    #[inline]
    pub(super) fn len(self) -> usize {
        match self {
            Index::U8(s) => s.len(),
            Index::U16(s) => s.len(),
            Index::U32(s) => s.len(),
        }
    }

    /// Slot `i`: 0 (empty) or an entry number + 1.
    #[inline]
    pub(super) fn get(self, i: usize) -> usize {
        match self {
            Index::U8(s) => s[i].get() as usize,
            Index::U16(s) => s[i].get() as usize,
            Index::U32(s) => s[i].get() as usize,
        }
    }

    /// Set slot `i` to `v`, which fits: the width was chosen for the table's capacity.
    #[inline]
    pub(super) fn set(self, i: usize, v: usize) {
        match self {
            Index::U8(s) => s[i].set(v as u8),
            Index::U16(s) => s[i].set(v as u16),
            Index::U32(s) => s[i].set(v as u32),
        }
    }

    /// The first empty slot probing from `hash`'s (the index is never full).
    #[inline]
    pub(super) fn free_slot(self, hash: u32) -> usize {
        let mask = self.len() - 1;
        let mut j = hash as usize & mask;
        while self.get(j) != 0 {
            j = (j + 1) & mask;
        }
        j
    }
}
