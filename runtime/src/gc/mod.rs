//! The garbage collector: MicroPython's `gc.c` shape over the board's one heap region.
//!
//! The region is split into an allocation table (ATB, 2 bits per block: free, head,
//! tail, mark) and blocks of four words (16 bytes on 32-bit targets, 32 on 64-bit
//! hosts). An allocation is a head block followed by tail blocks. Marking is
//! conservative: every word of the Rust stack between the current stack pointer and the
//! top recorded at entry, the callee-saved registers, the runtime's [`root::State`], and
//! every word of every reachable block. A word pointing anywhere inside an allocation
//! keeps it alive, so native code holding `Obj`s, slices or iterators in Rust locals
//! never has to root them. A collection may therefore run at any allocation: when the
//! search for free blocks has covered the heap, or before every allocation in gc-stress
//! mode.
//!
//! Allocation is next-fit over whole ATB words (see [`Heap::find`]): the search starts
//! where the last allocation ended, skips words whose blocks are all in use with one test,
//! wraps around to the first free word at most once between collections, and then
//! collects. Between two collections the table is therefore read at most about twice
//! over, plus a constant per allocation, whatever the heap size.

mod finaliser;
pub mod root;
mod vec;

use core::cell::Cell;
use core::ptr::NonNull;

pub use vec::GcVec;
pub(crate) use vec::{doubled, quarter_more};

use crate::obj::exc::{self, Exc};

const WORD: usize = core::mem::size_of::<usize>();
/// Bytes per block: four words, as MicroPython's `BYTES_PER_BLOCK` (16 bytes on the
/// 32-bit MCU, 32 on a 64-bit host), so a small object takes one block on both.
pub const BLOCK: usize = 4 * WORD;
/// Blocks described by one ATB byte and by one ATB word.
const PER_BYTE: usize = 4;
const PER_WORD: usize = PER_BYTE * WORD;
/// Bits in an ATB word.
const BITS: u32 = usize::BITS;
/// The low bit of every 2-bit ATB field (`0x5555...`).
const LOW: usize = usize::MAX / 3;

const FREE: u8 = 0;
const HEAD: u8 = 1;
const TAIL: u8 = 2;
const MARK: u8 = 3;
/// An ATB byte or word of tail blocks only.
const TAIL_BYTE: u8 = 0xAA;
const TAIL_WORD: usize = LOW << 1;

const MARK_STACK: usize = 64;

/// The heap: the board's region and the allocator state. Fields are `Cell`s because the
/// heap is reached through the shared runtime state from anywhere in the runtime.
pub struct Heap {
    /// The allocation table: `atb_words` words, the last one partly past `n_blocks`.
    atb: Cell<*mut u8>,
    /// The finaliser table (board feature `finaliser`): a bit per block, set on the head
    /// of an allocation whose `__del__` must run before it is freed (`finaliser.rs`).
    ftb: Cell<*mut u8>,
    pool: Cell<*mut u8>,
    n_blocks: Cell<usize>,
    atb_words: Cell<usize>,
    /// Next-fit hint: the block after the last allocation found by a search.
    rover: Cell<usize>,
    /// An ATB word index such that no earlier word has a free block.
    first_free: Cell<usize>,
    /// Whether a search has wrapped around to `first_free` since the last collection.
    wrapped: Cell<bool>,
    /// Collection is forbidden (set while collecting; `gc.disable()` later).
    locked: Cell<bool>,
    /// `micropython.heap_lock()` depth: while non-zero every allocation fails.
    pub alloc_lock: Cell<usize>,
    /// Collect before every allocation (board.toml `gc_stress`, or set at run time).
    pub stress: Cell<bool>,
    /// Collect automatically when the heap is full or the threshold is reached
    /// (`gc.enable()` / `gc.disable()`); `collect` still runs when called.
    pub auto: Cell<bool>,
    /// Collect once this many blocks were allocated since the last collection
    /// (`gc.threshold()`; `usize::MAX`: never).
    pub threshold: Cell<usize>,
    /// Blocks allocated since the last collection.
    allocated: Cell<usize>,
    /// Fault injection: when non-zero, the allocation that brings it to zero fails.
    pub fail_countdown: Cell<usize>,
    pub collections: Cell<usize>,
    /// ATB words read while looking for free blocks (for the allocator's cost tests).
    #[cfg(test)]
    examined: Cell<usize>,
    /// Calls to `find` (for the same tests).
    #[cfg(test)]
    searches: Cell<usize>,
}

/// Figures for `gc.mem_free()` / `micropython.mem_info()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Info {
    pub total: usize,
    pub used: usize,
    pub free: usize,
    pub max_free_run: usize,
    /// Allocations of one block and of two blocks, and the largest one, in blocks
    /// (`mem_info`'s `No. of 1-blocks`, `2-blocks`, `max blk sz`).
    pub one_blocks: usize,
    pub two_blocks: usize,
    pub max_block: usize,
}

/// What one block of the heap holds, for `micropython.mem_info(1)`'s map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Free,
    Head,
    Tail,
}

/// The free blocks of ATB word `x`: bit `2k` is set when field `k` is [`FREE`].
#[inline]
fn free_fields(x: usize) -> usize {
    !(x | (x >> 1)) & LOW
}

impl Heap {
    /// A heap over `region`. Bytes before the first block boundary are not used.
    pub fn new(region: &'static mut [u8]) -> Heap {
        let start = region.as_mut_ptr() as usize;
        let aligned = (start + BLOCK - 1) & !(BLOCK - 1);
        let usable = region.len().saturating_sub(aligned - start);
        // Each block costs BLOCK bytes plus a quarter byte of ATB (and an eighth of FTB
        // with finalisers). Both tables are whole numbers of blocks, hence of words, so
        // the allocator can read them a word at a time.
        let eighths = BLOCK * 8 + 2 + usize::from(finaliser::ENABLED);
        let mut n = usable * 8 / eighths;
        let atb_bytes = |n: usize| (n.div_ceil(4) + BLOCK - 1) & !(BLOCK - 1);
        while n > 0 && atb_bytes(n) + finaliser::ftb_bytes(n) + n * BLOCK > usable {
            n -= 1;
        }
        let atb = aligned as *mut u8;
        let ftb = (aligned + atb_bytes(n)) as *mut u8;
        let tables = atb_bytes(n) + finaliser::ftb_bytes(n);
        // SAFETY: `tables + n * BLOCK <= usable`, so every byte touched here and by the
        // allocator lies inside `region`, which we own for `'static`.
        unsafe {
            core::ptr::write_bytes(atb, 0, tables);
        }
        Heap {
            atb: Cell::new(atb),
            ftb: Cell::new(ftb),
            pool: Cell::new((aligned + tables) as *mut u8),
            n_blocks: Cell::new(n),
            atb_words: Cell::new(n.div_ceil(PER_WORD)),
            rover: Cell::new(0),
            first_free: Cell::new(0),
            wrapped: Cell::new(false),
            locked: Cell::new(false),
            alloc_lock: Cell::new(0),
            stress: Cell::new(cfg!(mp_feature = "gc_stress")),
            auto: Cell::new(true),
            threshold: Cell::new(usize::MAX),
            allocated: Cell::new(0),
            fail_countdown: Cell::new(0),
            collections: Cell::new(0),
            #[cfg(test)]
            examined: Cell::new(0),
            #[cfg(test)]
            searches: Cell::new(0),
        }
    }

    #[inline]
    fn get(&self, b: usize) -> u8 {
        debug_assert!(b < self.n_blocks.get());
        (self.byte(b / PER_BYTE) >> ((b % PER_BYTE) * 2)) & 3
    }

    #[inline]
    fn set(&self, b: usize, v: u8) {
        debug_assert!(b < self.n_blocks.get());
        // SAFETY: `b < n_blocks`, and the ATB holds `n_blocks` 2-bit entries.
        unsafe {
            let p = self.atb.get().add(b / PER_BYTE);
            let shift = (b % PER_BYTE) * 2;
            *p = (*p & !(3 << shift)) | (v << shift);
        }
    }

    /// ATB byte `i` (blocks `4i..4i + 4`, the first in the low bits).
    #[inline]
    fn byte(&self, i: usize) -> u8 {
        debug_assert!(i < self.atb_words.get() * WORD);
        // SAFETY: the ATB holds `atb_words * WORD` bytes.
        unsafe { *self.atb.get().add(i) }
    }

    /// ATB word `w` (blocks `w * PER_WORD..`, the first in the low bits on every target).
    #[inline]
    fn word(&self, w: usize) -> usize {
        debug_assert!(w < self.atb_words.get());
        // SAFETY: the ATB starts block-aligned (so word-aligned) and holds `atb_words`
        // whole words; entries are only ever accessed through raw pointers.
        usize::from_le(unsafe { (self.atb.get() as *const usize).add(w).read() })
    }

    #[inline]
    fn set_word(&self, w: usize, x: usize) {
        debug_assert!(w < self.atb_words.get());
        // SAFETY: as in `word`.
        unsafe { (self.atb.get() as *mut usize).add(w).write(x.to_le()) }
    }

    /// The free fields of ATB word `w` among blocks `lo..hi`, as [`free_fields`]; the
    /// padding past `n_blocks` in the last word never counts as free.
    #[inline]
    fn free_in_word(&self, w: usize, lo: usize, hi: usize) -> usize {
        #[cfg(test)]
        self.examined.set(self.examined.get() + 1);
        let base = w * PER_WORD;
        let mut f = free_fields(self.word(w));
        if lo > base {
            f &= usize::MAX << ((lo - base) * 2);
        }
        if hi < base + PER_WORD {
            f &= !(usize::MAX << ((hi - base) * 2));
        }
        f
    }

    /// Set blocks `from..to` to `v` (`FREE` or `TAIL`), whole bytes at a time inside.
    fn fill(&self, from: usize, to: usize, v: u8) {
        let mut b = from;
        while b < to && !b.is_multiple_of(PER_BYTE) {
            self.set(b, v);
            b += 1;
        }
        let whole = (to.saturating_sub(b)) / PER_BYTE;
        if whole > 0 {
            // SAFETY: bytes `b/4..b/4 + whole` describe blocks below `to <= n_blocks`.
            unsafe { core::ptr::write_bytes(self.atb.get().add(b / PER_BYTE), v * 0x55, whole) };
            b += whole * PER_BYTE;
        }
        while b < to {
            self.set(b, v);
            b += 1;
        }
    }

    fn block_addr(&self, b: usize) -> *mut u8 {
        // SAFETY: callers pass `b <= n_blocks`; the result stays inside the pool.
        unsafe { self.pool.get().add(b * BLOCK) }
    }

    /// The head block of the allocation containing `addr`, if `addr` points into one.
    #[inline]
    fn head_of(&self, addr: usize) -> Option<usize> {
        let start = self.pool.get() as usize;
        if addr < start {
            return None;
        }
        let mut b = (addr - start) / BLOCK;
        if b >= self.n_blocks.get() {
            return None;
        }
        loop {
            match self.get(b) {
                FREE => return None,
                // A tail always has a head before it, so `b` never goes below zero.
                TAIL if b % PER_BYTE == PER_BYTE - 1 && self.byte(b / PER_BYTE) == TAIL_BYTE => b -= PER_BYTE,
                TAIL => b -= 1,
                _ => return Some(b),
            }
        }
    }

    /// Blocks in the allocation whose head is `head`.
    fn run_len(&self, head: usize) -> usize {
        let n = self.n_blocks.get();
        let mut b = head + 1;
        while b < n && self.get(b) == TAIL {
            if b.is_multiple_of(PER_BYTE) && b + PER_BYTE <= n && self.byte(b / PER_BYTE) == TAIL_BYTE {
                b += PER_BYTE;
            } else {
                b += 1;
            }
        }
        b - head
    }

    /// The head block of a live allocation at `p`, if `p` is one.
    fn head_at(&self, p: *mut u8) -> Option<usize> {
        let start = self.pool.get() as usize;
        let a = p as usize;
        if p.is_null() || a < start || !(a - start).is_multiple_of(BLOCK) {
            return None;
        }
        let b = (a - start) / BLOCK;
        (b < self.n_blocks.get() && self.get(b) == HEAD).then_some(b)
    }

    /// Allocate `bytes` (rounded up to whole blocks), zeroed.
    ///
    /// # Errors
    /// `MemoryError` when no run of free blocks is large enough, even after a collection.
    pub fn alloc(&self, bytes: usize) -> Result<NonNull<u8>, Exc> {
        let want = bytes.max(1).div_ceil(BLOCK);
        if self.alloc_lock.get() != 0 {
            return Err(exc::heap_locked_error());
        }
        let countdown = self.fail_countdown.get();
        // Fault injection exists only in test builds (board.toml `fault_injection`).
        if cfg!(any(test, mp_feature = "fault_injection")) && countdown > 0 {
            self.fail_countdown.set(countdown - 1);
            if countdown == 1 {
                return Err(exc::memory_error());
            }
        }
        if self.auto.get() && (self.stress.get() || self.allocated.get() >= self.threshold.get()) {
            self.collect();
        }
        let head = match self.find(want) {
            Some(head) => head,
            None if self.auto.get() => {
                self.collect();
                self.find(want).ok_or_else(exc::memory_error)?
            }
            // Automatic collection is off (`gc.disable()`): one full search, then give up.
            None => {
                let head = self.search(self.first_free.get() * PER_WORD, self.n_blocks.get(), want);
                let head = head.ok_or_else(exc::memory_error)?;
                self.rover.set(head + want);
                head
            }
        };
        self.allocated.set(self.allocated.get().saturating_add(want));
        self.set(head, HEAD);
        let p = self.block_addr(head);
        if want == 1 {
            // The common case (a float, a cell, a small object): one block, zeroed with
            // four word stores rather than a call to memset.
            // SAFETY: block `head` is inside the pool, block-aligned and now ours.
            unsafe { p.cast::<[usize; 4]>().write([0; 4]) };
        } else {
            self.fill(head + 1, head + want, TAIL);
            // SAFETY: blocks `head..head + want` are inside the pool and now ours.
            unsafe { core::ptr::write_bytes(p, 0, want * BLOCK) };
        }
        NonNull::new(p).ok_or_else(exc::memory_error)
    }

    /// Free the allocation starting at `p` (a pointer returned by `alloc`). Pointers not
    /// at the head of a live allocation are ignored.
    pub fn free(&self, p: *mut u8) {
        if self.locked.get() {
            return;
        }
        if let Some(b) = self.head_at(p) {
            self.clear_finaliser(b);
            self.release(b, b + self.run_len(b));
        }
    }

    /// Mark blocks `from..to` free and keep the hints right: the first-free index moves
    /// back to them, and the rover too when they end where it is (a temporary freed
    /// right after it was allocated gives its blocks straight back to the next search).
    fn release(&self, from: usize, to: usize) {
        self.fill(from, to, FREE);
        if from / PER_WORD < self.first_free.get() {
            self.first_free.set(from / PER_WORD);
        }
        if self.rover.get() == to {
            self.rover.set(from);
        }
    }

    /// Grow or shrink an allocation to `bytes`, in place when the next blocks are free,
    /// else by moving it. The new bytes are zeroed.
    ///
    /// # Errors
    /// `MemoryError`; the old allocation is then untouched.
    // The pointer is only dereferenced after checking it is the head of a live allocation.
    #[allow(clippy::not_unsafe_ptr_arg_deref)]
    pub fn realloc(&self, p: *mut u8, old_bytes: usize, bytes: usize) -> Result<NonNull<u8>, Exc> {
        let Some(b) = self.head_at(p) else { return self.alloc(bytes) };
        let have = self.run_len(b);
        let want = bytes.max(1).div_ceil(BLOCK);
        if want <= have {
            if want < have && !self.locked.get() {
                self.release(b + want, b + have);
            }
            return NonNull::new(p).ok_or_else(exc::memory_error);
        }
        if self.alloc_lock.get() != 0 {
            return Err(exc::heap_locked_error());
        }
        let n = self.n_blocks.get();
        if b + want <= n && self.search(b + have, b + want, want - have).is_some() {
            self.fill(b + have, b + want, TAIL);
            let rover = self.rover.get();
            if rover >= b + have && rover < b + want {
                self.rover.set(b + want);
            }
            // SAFETY: the blocks `b+have..b+want` are inside the pool and were free.
            unsafe { core::ptr::write_bytes(self.block_addr(b + have), 0, (want - have) * BLOCK) };
            return NonNull::new(p).ok_or_else(exc::memory_error);
        }
        let q = self.alloc(bytes)?;
        // SAFETY: both allocations are live and at least `old_bytes` long (the new one is
        // larger); they are distinct allocations so they do not overlap.
        unsafe { core::ptr::copy_nonoverlapping(p, q.as_ptr(), old_bytes.min(have * BLOCK)) };
        self.free(p);
        Ok(q)
    }

    /// Run a full collection now; the number of allocations freed (`gc.collect()`'s
    /// result in MicroPython's unix port).
    pub fn collect(&self) -> usize {
        if self.locked.replace(true) {
            return 0;
        }
        self.collections.set(self.collections.get() + 1);
        self.allocated.set(0);
        self.mark();
        // Finalisers run on the unreachable objects that have one while nothing is freed
        // yet; should one make something reachable again, marking again keeps it.
        if self.run_finalisers() {
            self.unmark_all();
            self.mark();
        }
        let freed = self.sweep();
        self.locked.set(false);
        freed
    }

    /// Mark everything reachable from the roots.
    fn mark(&self) {
        let mut marker = Marker { heap: self, stack: [0; MARK_STACK], sp: 0, overflow: false };
        root::scan_roots(&mut |lo, hi| marker.scan_range(lo, hi));
        marker.drain();
        while marker.overflow {
            marker.overflow = false;
            for w in 0..self.atb_words.get() {
                let x = self.word(w);
                // Bit `2k` set when field `k` is MARK (both bits set).
                let mut marks = x & (x >> 1) & LOW;
                while marks != 0 {
                    let b = w * PER_WORD + marks.trailing_zeros() as usize / 2;
                    marks &= marks - 1;
                    marker.scan_block(b);
                    marker.drain();
                }
            }
        }
    }

    /// Free every unmarked allocation and unmark the rest, a word of the ATB at a time:
    /// all-free words and (outside a freed allocation) all-tail words are left as they
    /// are with one test, all-free and all-tail bytes likewise. Afterwards the next
    /// search starts from the first free block. Returns the number of allocations freed.
    fn sweep(&self) -> usize {
        let mut freeing = false;
        let mut first_free = None;
        let mut freed = 0;
        for w in 0..self.atb_words.get() {
            let x = self.word(w);
            let y = if x == 0 {
                freeing = false;
                0
            } else if x == TAIL_WORD {
                if freeing {
                    0
                } else {
                    x
                }
            } else {
                // Heads left unmarked (`01` fields) are the allocations this sweep frees.
                freed += (x & !(x >> 1) & LOW).count_ones() as usize;
                let mut y = 0;
                for i in 0..WORD {
                    let byte = (x >> (8 * i)) as u8;
                    y |= (sweep_byte(byte, &mut freeing) as usize) << (8 * i);
                }
                y
            };
            if y != x {
                self.set_word(w, y);
            }
            if first_free.is_none() && free_fields(y) != 0 {
                first_free = Some(w);
            }
        }
        let first = first_free.unwrap_or(self.atb_words.get());
        self.first_free.set(first);
        self.rover.set(first * PER_WORD);
        self.wrapped.set(false);
        freed
    }

    /// Heap usage figures.
    pub fn info(&self) -> Info {
        let n = self.n_blocks.get();
        let (mut used, mut run, mut max_run) = (0, 0, 0);
        let (mut ones, mut twos, mut max_block, mut len) = (0, 0, 0, 0);
        let mut end_alloc = |len: usize| match len {
            1 => ones += 1,
            2 => twos += 1,
            _ => {}
        };
        for b in 0..n {
            let kind = self.get(b);
            if kind != TAIL && len > 0 {
                end_alloc(len);
                max_block = max_block.max(len);
                len = 0;
            }
            if kind == FREE {
                run += 1;
                max_run = max_run.max(run);
            } else {
                used += 1;
                run = 0;
                len += 1;
            }
        }
        if len > 0 {
            end_alloc(len);
            max_block = max_block.max(len);
        }
        Info {
            total: n * BLOCK,
            used: used * BLOCK,
            free: (n - used) * BLOCK,
            max_free_run: max_run * BLOCK,
            one_blocks: ones,
            two_blocks: twos,
            max_block,
        }
    }

    /// The number of blocks and the address of the first (for the heap map).
    pub fn pool_extent(&self) -> (usize, usize) {
        (self.n_blocks.get(), self.pool.get() as usize)
    }

    /// What block `b` (below [`Heap::pool_extent`]'s count) holds.
    pub fn block_kind(&self, b: usize) -> BlockKind {
        match self.get(b) {
            FREE => BlockKind::Free,
            TAIL => BlockKind::Tail,
            _ => BlockKind::Head,
        }
    }

    /// Whether `addr` is inside the block pool (for tests and debug checks).
    pub fn contains(&self, addr: usize) -> bool {
        let start = self.pool.get() as usize;
        addr >= start && addr < start + self.n_blocks.get() * BLOCK
    }
}

/// Sweep one ATB byte: unmarked heads and the tails that follow them become free, marked
/// heads become heads. `freeing` carries "inside a freed allocation" across bytes.
#[inline]
fn sweep_byte(byte: u8, freeing: &mut bool) -> u8 {
    match byte {
        0 => {
            *freeing = false;
            0
        }
        TAIL_BYTE => {
            if *freeing {
                0
            } else {
                TAIL_BYTE
            }
        }
        _ => {
            let mut out = byte;
            for k in 0..PER_BYTE {
                let shift = 2 * k;
                match (byte >> shift) & 3 {
                    HEAD => {
                        *freeing = true;
                        out &= !(3 << shift);
                    }
                    MARK => {
                        *freeing = false;
                        out &= !(2 << shift);
                    }
                    TAIL if *freeing => out &= !(3 << shift),
                    _ => *freeing = false,
                }
            }
            out
        }
    }
}

struct Marker<'h> {
    heap: &'h Heap,
    stack: [usize; MARK_STACK],
    sp: usize,
    overflow: bool,
}

impl Marker<'_> {
    #[inline]
    fn mark_word(&mut self, w: usize) {
        if let Some(head) = self.heap.head_of(w) {
            if self.heap.get(head) == HEAD {
                self.heap.set(head, MARK);
                if self.sp < MARK_STACK {
                    self.stack[self.sp] = head;
                    self.sp += 1;
                } else {
                    self.overflow = true;
                }
            }
        }
    }

    /// Treat every aligned word in `lo..hi` as a possible pointer.
    fn scan_range(&mut self, lo: usize, hi: usize) {
        let mut a = (lo + WORD - 1) & !(WORD - 1);
        while a + WORD <= hi {
            // SAFETY: `scan_roots` only passes ranges of readable memory (the live stack,
            // the state struct, the register spill), and `scan_block` only heap blocks.
            let w = unsafe { core::ptr::read_volatile(a as *const usize) };
            self.mark_word(w);
            a += WORD;
        }
    }

    fn scan_block(&mut self, head: usize) {
        let len = self.heap.run_len(head);
        let lo = self.heap.block_addr(head) as usize;
        self.scan_range(lo, lo + len * BLOCK);
    }

    fn drain(&mut self) {
        while self.sp > 0 {
            self.sp -= 1;
            let b = self.stack[self.sp];
            self.scan_block(b);
        }
    }
}

/// Allocate `bytes` zeroed bytes from the current runtime's heap.
///
/// # Errors
/// `MemoryError`.
#[inline]
pub fn alloc(bytes: usize) -> Result<NonNull<u8>, Exc> {
    root::heap().alloc(bytes)
}

/// Move `value` into a new heap block and return a reference to it. Heap objects never
/// run destructors: `T` must not need `Drop`.
///
/// # Errors
/// `MemoryError`.
pub fn new<T>(value: T) -> Result<&'static T, Exc> {
    const { assert!(!core::mem::needs_drop::<T>()) };
    const { assert!(core::mem::align_of::<T>() <= BLOCK) };
    let p = alloc(core::mem::size_of::<T>())?.cast::<T>();
    // SAFETY: `p` is a fresh, zeroed, block-aligned allocation of at least `size_of::<T>()`
    // bytes. The reference stays valid while the object is reachable: the conservative GC
    // sees the returned reference on the stack or wherever it is stored.
    unsafe {
        p.as_ptr().write(value);
        Ok(&*p.as_ptr())
    }
}

/// Move `value` into the heap as [`new`] does, with a finaliser: before the GC frees it,
/// `obj::native_class::finalise` runs on it (without the board feature `finaliser`, never).
/// `T` must start with an `ObjBase`.
///
/// # Errors
/// `MemoryError`.
pub fn new_finalised<T>(value: T) -> Result<&'static T, Exc> {
    let r = new(value)?;
    root::heap().set_finaliser(r as *const T as *mut u8);
    Ok(r)
}

/// Fault injection (board.toml `fault_injection`): the `n`th allocation from now fails
/// with `MemoryError` (0: none). Without the feature, allocations never fail this way.
pub fn fail_allocation(n: usize) {
    root::heap().fail_countdown.set(n);
}

/// Run a collection on the current runtime's heap; the number of allocations freed.
pub fn collect() -> usize {
    root::heap().collect()
}

mod find;

#[cfg(test)]
mod tests;

#[cfg(test)]
mod alloc_tests;
