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
        let mut j = home(hash, mask);
        while self.get(j) != 0 {
            j = (j + 1) & mask;
        }
        j
    }
}

/// The index slot a probe for `hash` starts at, `mask` being the index length less one.
///
/// Multiplying by an odd constant permutes the values modulo every power of two, so the
/// 65,536 values of a 16-bit string hash spread over an index longer than that instead of
/// crowding its first 65,536 slots; below that it only reorders the slots.
#[inline]
pub(super) fn home(hash: u32, mask: usize) -> usize {
    hash.wrapping_mul(0x9e37_79b1) as usize & mask
}

#[cfg(test)]
mod tests {
    use super::home;

    /// Every 16-bit hash (a string's) gets its own start slot in an index of 2^18 slots,
    /// and they spread over all of it: a dict of 100,000 strings does not pile into one
    /// probe run at the front.
    #[test]
    fn string_hashes_spread_over_a_long_index() {
        let mask = (1usize << 18) - 1;
        let mut used = std::vec![false; mask + 1];
        for h in 0..=u32::from(u16::MAX) {
            let i = home(h, mask);
            assert!(!used[i], "hash {h} shares slot {i}");
            used[i] = true;
        }
        // Each quarter of the index holds about a quarter of the start slots.
        for q in used.chunks(used.len() / 4) {
            let n = q.iter().filter(|&&u| u).count();
            assert!((15_000..18_000).contains(&n), "{n}");
        }
        // The longest run of occupied start slots stays short.
        let longest = used.split(|&u| !u).map(<[bool]>::len).max().unwrap_or(0);
        assert!(longest < 16, "{longest}");
    }
}
