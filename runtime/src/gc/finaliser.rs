//! Finalisers (board feature `finaliser`, MicroPython's `MICROPY_ENABLE_FINALISER`): a bit
//! per block (the FTB, after the ATB) marks the heads of allocations whose object must be
//! told before it is freed. Only native class instances with a `__del__` set it
//! (`obj::native_class`), so every finalised block starts with an `ObjBase`.
//!
//! A collection runs the finalisers of the unreachable marked objects after marking and
//! before sweeping, while every unreachable object is still intact, so a `__del__` may read
//! the objects its fields point to. Allocation fails (`heap_lock`) while they run and the
//! collector is locked, so a finaliser cannot collect or grow the heap. Should one store a
//! reference to a doomed object somewhere reachable, the marks are redone from the roots
//! before the sweep, so nothing reachable is freed. Each finaliser runs once: its bit is
//! cleared first. When the runtime ends (`root::enter` returns, a soft reset), every
//! remaining finaliser runs ([`Heap::finalise_all`]), as MicroPython's `gc_sweep_all`.

use super::{Heap, BLOCK, HEAD, WORD};

/// Whether the board has finalisers.
pub(super) const ENABLED: bool = cfg!(mp_feature = "finaliser");

/// Bytes of FTB for `n` blocks: a bit each, a whole number of blocks (0 without the feature).
pub(super) fn ftb_bytes(n: usize) -> usize {
    if ENABLED {
        (n.div_ceil(8) + BLOCK - 1) & !(BLOCK - 1)
    } else {
        0
    }
}

impl Heap {
    /// FTB word `w` (blocks `w * 8 * WORD..`).
    #[inline]
    fn ftb_word(&self, w: usize) -> usize {
        // SAFETY: the FTB starts block-aligned and holds `ftb_bytes(n_blocks)` bytes, a
        // whole number of words; callers keep `w` below that.
        unsafe { (self.ftb.get() as *const usize).add(w).read() }
    }

    #[inline]
    fn set_ftb_bit(&self, b: usize, on: bool) {
        if !ENABLED || b >= self.n_blocks.get() {
            return;
        }
        // SAFETY: `b < n_blocks`, so byte `b / 8` is inside the FTB.
        unsafe {
            let p = self.ftb.get().add(b / 8);
            let bit = 1u8 << (b % 8);
            *p = if on { *p | bit } else { *p & !bit };
        }
    }

    /// Mark the allocation at `p` (a fresh one from `alloc`) as having a finaliser.
    pub(crate) fn set_finaliser(&self, p: *mut u8) {
        if let Some(b) = self.head_at(p) {
            self.set_ftb_bit(b, true);
        }
    }

    /// Forget the finaliser of block `b` (the allocation is freed explicitly).
    #[inline]
    pub(super) fn clear_finaliser(&self, b: usize) {
        if ENABLED {
            self.set_ftb_bit(b, false);
        }
    }

    /// Run the finaliser of every allocation that has one and whose head is unmarked
    /// (`all`: of every one). Returns whether any ran.
    fn finalise_where(&self, all: bool) -> bool {
        if !ENABLED {
            return false;
        }
        let n = self.n_blocks.get();
        let words = ftb_bytes(n) / WORD;
        let mut ran = false;
        for w in 0..words {
            let mut bits = self.ftb_word(w);
            while bits != 0 {
                let b = w * 8 * WORD + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                if b >= n || (!all && self.get(b) != HEAD) {
                    continue;
                }
                self.set_ftb_bit(b, false);
                let lock = &self.alloc_lock;
                lock.set(lock.get() + 1);
                crate::obj::native_class::finalise(self.block_addr(b));
                lock.set(lock.get() - 1);
                ran = true;
            }
        }
        ran
    }

    /// During a collection, after marking: the finalisers of the unreachable objects.
    pub(super) fn run_finalisers(&self) -> bool {
        self.finalise_where(false)
    }

    /// Clear every mark (`MARK` → `HEAD`), to mark again from the roots.
    pub(super) fn unmark_all(&self) {
        for w in 0..self.atb_words.get() {
            let x = self.word(w);
            // Fields `11` (MARK) lose their high bit and become `01` (HEAD).
            let marks = x & (x >> 1) & super::LOW;
            if marks != 0 {
                self.set_word(w, x & !(marks << 1));
            }
        }
    }

    /// Run every finaliser left, whatever is reachable: the runtime is ending.
    pub fn finalise_all(&self) {
        if self.locked.replace(true) {
            return;
        }
        self.finalise_where(true);
        self.locked.set(false);
    }
}
