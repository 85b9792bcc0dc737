//! The garbage collector: MicroPython's `gc.c` shape over the board's one heap region.
//!
//! The region is split into an allocation table (ATB, 2 bits per block: free, head,
//! tail, mark) and 16-byte blocks. An allocation is a head block followed by tail blocks.
//! Marking is conservative: every word of the Rust stack between the current stack
//! pointer and the top recorded at entry, the callee-saved registers, the runtime's
//! [`root::State`], and every word of every reachable block. A word pointing anywhere
//! inside an allocation keeps it alive, so native code holding `Obj`s, slices or
//! iterators in Rust locals never has to root them. A collection may therefore run at any
//! allocation: when the first-fit search fails, or before every allocation in gc-stress
//! mode.

pub mod root;
mod vec;

use core::cell::Cell;
use core::ptr::NonNull;

pub use vec::GcVec;

use crate::obj::exc::{self, Exc};

/// Bytes per block.
pub const BLOCK: usize = 16;
const WORD: usize = core::mem::size_of::<usize>();

const FREE: u8 = 0;
const HEAD: u8 = 1;
const TAIL: u8 = 2;
const MARK: u8 = 3;

const MARK_STACK: usize = 64;

/// The heap: the board's region and the allocator state. Fields are `Cell`s because the
/// heap is reached through the shared runtime state from anywhere in the runtime.
pub struct Heap {
    atb: Cell<*mut u8>,
    pool: Cell<*mut u8>,
    n_blocks: Cell<usize>,
    last_free: Cell<usize>,
    /// Collection is forbidden (set while collecting; `gc.disable()` later).
    locked: Cell<bool>,
    /// Collect before every allocation (board.toml `gc_stress`, or set at run time).
    pub stress: Cell<bool>,
    /// Fault injection: when non-zero, the allocation that brings it to zero fails.
    pub fail_countdown: Cell<usize>,
    pub collections: Cell<usize>,
}

/// Figures for `gc.mem_free()` / `micropython.mem_info()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Info {
    pub total: usize,
    pub used: usize,
    pub free: usize,
    pub max_free_run: usize,
}

impl Heap {
    /// A heap over `region`. Bytes before the first 16-byte boundary are not used.
    pub fn new(region: &'static mut [u8]) -> Heap {
        let start = region.as_mut_ptr() as usize;
        let aligned = (start + BLOCK - 1) & !(BLOCK - 1);
        let usable = region.len().saturating_sub(aligned - start);
        // Each block costs BLOCK bytes plus a quarter byte of ATB.
        let mut n = usable * 4 / (BLOCK * 4 + 1);
        let atb_bytes = |n: usize| (n.div_ceil(4) + BLOCK - 1) & !(BLOCK - 1);
        while n > 0 && atb_bytes(n) + n * BLOCK > usable {
            n -= 1;
        }
        let atb = aligned as *mut u8;
        // SAFETY: `atb_bytes(n) + n * BLOCK <= usable`, so every byte touched here and by
        // the allocator lies inside `region`, which we own for `'static`.
        unsafe {
            core::ptr::write_bytes(atb, 0, atb_bytes(n));
        }
        Heap {
            atb: Cell::new(atb),
            pool: Cell::new((aligned + atb_bytes(n)) as *mut u8),
            n_blocks: Cell::new(n),
            last_free: Cell::new(0),
            locked: Cell::new(false),
            stress: Cell::new(cfg!(mp_feature = "gc_stress")),
            fail_countdown: Cell::new(0),
            collections: Cell::new(0),
        }
    }

    #[inline]
    fn get(&self, b: usize) -> u8 {
        debug_assert!(b < self.n_blocks.get());
        // SAFETY: `b < n_blocks`, and the ATB holds `n_blocks` 2-bit entries.
        let byte = unsafe { *self.atb.get().add(b / 4) };
        (byte >> ((b % 4) * 2)) & 3
    }

    #[inline]
    fn set(&self, b: usize, v: u8) {
        debug_assert!(b < self.n_blocks.get());
        // SAFETY: as in `get`.
        unsafe {
            let p = self.atb.get().add(b / 4);
            let shift = (b % 4) * 2;
            *p = (*p & !(3 << shift)) | (v << shift);
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
                TAIL => b -= 1,
                _ => return Some(b),
            }
        }
    }

    fn run_len(&self, head: usize) -> usize {
        let mut n = 1;
        while head + n < self.n_blocks.get() && self.get(head + n) == TAIL {
            n += 1;
        }
        n
    }

    /// Allocate `bytes` (rounded up to whole blocks), zeroed.
    ///
    /// # Errors
    /// `MemoryError` when no run of free blocks is large enough, even after a collection.
    pub fn alloc(&self, bytes: usize) -> Result<NonNull<u8>, Exc> {
        let want = bytes.max(1).div_ceil(BLOCK);
        let countdown = self.fail_countdown.get();
        if countdown > 0 {
            self.fail_countdown.set(countdown - 1);
            if countdown == 1 {
                return Err(exc::memory_error());
            }
        }
        if self.stress.get() {
            self.collect();
        }
        if let Some(p) = self.find(want) {
            return Ok(p);
        }
        self.collect();
        self.find(want).ok_or_else(exc::memory_error)
    }

    fn find(&self, want: usize) -> Option<NonNull<u8>> {
        let n = self.n_blocks.get();
        let mut b = self.last_free.get();
        let mut run = 0;
        let mut first_free = None;
        while b < n {
            if self.get(b) == FREE {
                first_free.get_or_insert(b);
                run += 1;
                if run == want {
                    let head = b + 1 - want;
                    self.set(head, HEAD);
                    for t in head + 1..=b {
                        self.set(t, TAIL);
                    }
                    if first_free == Some(head) {
                        self.last_free.set(b + 1);
                    }
                    let p = self.block_addr(head);
                    // SAFETY: blocks `head..=b` are inside the pool and now ours.
                    unsafe { core::ptr::write_bytes(p, 0, want * BLOCK) };
                    return NonNull::new(p);
                }
            } else {
                run = 0;
            }
            b += 1;
        }
        None
    }

    /// Free the allocation starting at `p` (a pointer returned by `alloc`). Pointers not
    /// at the head of a live allocation are ignored.
    pub fn free(&self, p: *mut u8) {
        if self.locked.get() {
            return;
        }
        let start = self.pool.get() as usize;
        let a = p as usize;
        if a < start || !(a - start).is_multiple_of(BLOCK) {
            return;
        }
        let b = (a - start) / BLOCK;
        if b >= self.n_blocks.get() || self.get(b) != HEAD {
            return;
        }
        let len = self.run_len(b);
        for i in b..b + len {
            self.set(i, FREE);
        }
        if b < self.last_free.get() {
            self.last_free.set(b);
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
        let start = self.pool.get() as usize;
        let a = p as usize;
        if p.is_null() || a < start || !(a - start).is_multiple_of(BLOCK) {
            return self.alloc(bytes);
        }
        let b = (a - start) / BLOCK;
        if b >= self.n_blocks.get() || self.get(b) != HEAD {
            return self.alloc(bytes);
        }
        let have = self.run_len(b);
        let want = bytes.max(1).div_ceil(BLOCK);
        if want <= have {
            for i in b + want..b + have {
                self.set(i, FREE);
            }
            if b + want < self.last_free.get() {
                self.last_free.set(b + want);
            }
            return NonNull::new(p).ok_or_else(exc::memory_error);
        }
        let n = self.n_blocks.get();
        if b + want <= n && (b + have..b + want).all(|i| self.get(i) == FREE) {
            for i in b + have..b + want {
                self.set(i, TAIL);
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

    /// Run a full collection now.
    pub fn collect(&self) {
        if self.locked.replace(true) {
            return;
        }
        self.collections.set(self.collections.get() + 1);
        let mut marker = Marker { heap: self, stack: [0; MARK_STACK], sp: 0, overflow: false };
        root::scan_roots(&mut |lo, hi| marker.scan_range(lo, hi));
        marker.drain();
        while marker.overflow {
            marker.overflow = false;
            for b in 0..self.n_blocks.get() {
                if self.get(b) == MARK {
                    marker.scan_block(b);
                    marker.drain();
                }
            }
        }
        self.sweep();
        self.locked.set(false);
    }

    fn sweep(&self) {
        let mut freeing = false;
        let mut first = None;
        for b in 0..self.n_blocks.get() {
            match self.get(b) {
                HEAD => {
                    freeing = true;
                    self.set(b, FREE);
                    first.get_or_insert(b);
                }
                MARK => {
                    freeing = false;
                    self.set(b, HEAD);
                }
                TAIL if freeing => self.set(b, FREE),
                _ => {}
            }
        }
        if let Some(f) = first {
            self.last_free.set(self.last_free.get().min(f));
        }
    }

    /// Heap usage figures.
    pub fn info(&self) -> Info {
        let n = self.n_blocks.get();
        let (mut used, mut run, mut max_run) = (0, 0, 0);
        for b in 0..n {
            if self.get(b) == FREE {
                run += 1;
                max_run = max_run.max(run);
            } else {
                used += 1;
                run = 0;
            }
        }
        Info { total: n * BLOCK, used: used * BLOCK, free: (n - used) * BLOCK, max_free_run: max_run * BLOCK }
    }

    /// Whether `addr` is inside the block pool (for tests and debug checks).
    pub fn contains(&self, addr: usize) -> bool {
        let start = self.pool.get() as usize;
        addr >= start && addr < start + self.n_blocks.get() * BLOCK
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

/// Run a collection on the current runtime's heap.
pub fn collect() {
    root::heap().collect();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::obj::{tuple, Obj};
    use crate::testing::with_runtime;

    #[test]
    fn unreachable_blocks_are_freed_and_reachable_ones_kept() {
        with_runtime(|| {
            let heap = root::heap();
            let before = heap.info().used;
            let kept = tuple::new(&[Obj::small_int(1), Obj::small_int(2)]).unwrap();
            for _ in 0..100 {
                let _ = core::hint::black_box(alloc(64).unwrap());
            }
            heap.collect();
            let after = heap.info().used;
            assert!(after < before + 256, "garbage survived: {before} -> {after}");
            assert_eq!(tuple::as_slice(kept).unwrap(), &[Obj::small_int(1), Obj::small_int(2)]);
        });
    }

    #[test]
    fn exhaustion_is_a_memory_error_and_the_heap_recovers() {
        with_runtime(|| {
            let e = alloc(1 << 20).unwrap_err();
            assert!(e.is(&crate::obj::exc::MEMORY_ERROR));
            assert!(alloc(64).is_ok());
        });
    }

    #[test]
    fn interior_pointers_keep_an_allocation_alive() {
        with_runtime(|| {
            let mut v: GcVec<u32> = GcVec::new();
            for i in 0..100 {
                v.push(i).unwrap();
            }
            let tail: &[u32] = &v[50..];
            collect();
            assert_eq!(tail[0], 50);
            assert_eq!(v.iter().sum::<u32>(), 4950);
        });
    }

    #[test]
    fn fault_injection_fails_the_nth_allocation() {
        with_runtime(|| {
            root::heap().fail_countdown.set(3);
            assert!(alloc(16).is_ok());
            assert!(alloc(16).is_ok());
            assert!(alloc(16).is_err());
            assert!(alloc(16).is_ok());
        });
    }

    #[test]
    fn realloc_grows_in_place_or_moves_keeping_contents() {
        with_runtime(|| {
            let heap = root::heap();
            let p = heap.alloc(16).unwrap().as_ptr();
            // SAFETY: a fresh 16-byte allocation.
            unsafe { p.write(42) };
            let q = heap.realloc(p, 16, 200).unwrap().as_ptr();
            // SAFETY: realloc keeps the first 16 bytes.
            assert_eq!(unsafe { q.read() }, 42);
        });
    }
}
