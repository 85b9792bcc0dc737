//! Finding free blocks for an allocation: next-fit over the allocation table, a word at a
//! time (the allocator's search; `Heap::alloc` is in `mod.rs`).

use super::*;

impl Heap {
    /// The head of `want` free blocks, or `None` when a collection is due. The caller
    /// marks them used.
    ///
    /// Next-fit: search from the rover (where the last search's allocation ended) to the
    /// end of the heap; failing that, once per collection cycle, wrap around and search
    /// from the first free word up to where this search began. A single block is first
    /// taken from the first-free word when it has one, so one-block holes left by `free`
    /// and by the sweep are reused at once; that check reads one word, and when the word
    /// is full the first-free index moves on by one.
    ///
    /// Cost: the rover only moves forward between wrap-arounds, so the searches between
    /// two collections read each ATB word at most about twice (once before the wrap,
    /// once after) plus O(1) per allocation. The collection that follows costs a pass
    /// over the table anyway.
    #[inline]
    pub(super) fn find(&self, want: usize) -> Option<usize> {
        #[cfg(test)]
        self.searches.set(self.searches.get() + 1);
        let n = self.n_blocks.get();
        if want > n {
            return None;
        }
        if want == 1 {
            let w = self.first_free.get();
            if w < self.atb_words.get() {
                let f = self.free_in_word(w, 0, n);
                if f != 0 {
                    return Some(w * PER_WORD + f.trailing_zeros() as usize / 2);
                }
                self.first_free.set(w + 1);
            }
        }
        self.find_from_rover(want)
    }

    /// [`Heap::find`] past the first-free word: next-fit from the rover, then once per
    /// collection cycle from the first free word.
    #[inline(never)]
    fn find_from_rover(&self, want: usize) -> Option<usize> {
        let n = self.n_blocks.get();
        let start = self.rover.get().max(self.first_free.get() * PER_WORD);
        let found = self.search(start, n, want).or_else(|| {
            if self.wrapped.replace(true) {
                return None;
            }
            self.search(self.first_free.get() * PER_WORD, (start + want - 1).min(n), want)
        })?;
        self.rover.set(found + want);
        Some(found)
    }

    /// The first run of `want` free blocks inside blocks `lo..hi`, a word of the ATB at a
    /// time: a word with no free field is skipped with one test, and inside a word each
    /// run of free or used fields takes one step. A search that starts at the first-free
    /// word moves that index on past the full words it reads.
    pub(super) fn search(&self, lo: usize, hi: usize, want: usize) -> Option<usize> {
        if hi < lo + want {
            return None;
        }
        let from_first_free = lo == self.first_free.get() * PER_WORD;
        let last = (hi - 1) / PER_WORD;
        let mut seen_free = !from_first_free;
        // Free blocks counted so far in the run that ends where the scan is.
        let mut run = 0;
        for w in lo / PER_WORD..=last {
            let f = self.free_in_word(w, lo, hi);
            if f == 0 {
                run = 0;
                continue;
            }
            if !seen_free {
                seen_free = true;
                self.first_free.set(w);
            }
            // Free fields as `11`, used ones as `00`: runs of ones are runs of free blocks.
            let pairs = f | (f << 1);
            let mut pos = 0;
            while pos < BITS {
                let v = pairs >> pos;
                if v == 0 {
                    run = 0;
                    break;
                }
                let used = v.trailing_zeros();
                if used > 0 {
                    run = 0;
                    pos += used;
                    continue;
                }
                let ones = v.trailing_ones();
                let free = (ones / 2) as usize;
                if run + free >= want {
                    return Some(w * PER_WORD + (pos / 2) as usize - run);
                }
                run += free;
                pos += ones;
            }
        }
        if !seen_free {
            // No free block in the words wholly read; the last may go on past `hi`.
            self.first_free.set(last);
        }
        None
    }
}
