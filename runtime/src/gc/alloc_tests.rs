//! The allocator's cost and bookkeeping, on heaps of several sizes.

use super::*;

extern crate std;
use std::vec::Vec;

fn with_heap<R>(size: usize, f: impl FnOnce(&'static Heap) -> R) -> R {
    let _guard = root::TEST_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let mut hal = crate::testing::TestHal::default();
    let mut region = std::vec![0u8; size];
    crate::with_runtime(&mut hal, &mut region, &crate::obj::module::NO_MODULES, 256 * 1024, || f(root::heap()))
}

/// ATB words a sequence of allocations may read: `per_alloc` for each, plus two
/// passes over the table per collection cycle (before and after the wrap-around).
fn allowance(heap: &Heap, per_alloc: usize, allocs: usize, cycles: usize) -> usize {
    per_alloc * allocs + 2 * heap.atb_words.get() * cycles
}

/// A one-block hole between two live blocks, as the sweep leaves behind when a
/// small object dies between survivors. The old allocator restarted every search
/// from such a hole while no one-block allocation came to fill it, so each
/// allocation cost the distance from the hole to the end of the used part of the
/// heap: quadratic in the heap size. Returns the live neighbours, to keep.
fn one_block_hole(heap: &Heap) -> [NonNull<u8>; 2] {
    let a = alloc(BLOCK).unwrap();
    let hole = alloc(BLOCK).unwrap();
    let c = alloc(BLOCK).unwrap();
    heap.free(hole.as_ptr());
    [a, c]
}

/// The shape of `l.append(x); l.pop()` in a loop: after a one-block hole, every
/// allocation is two blocks of garbage.
fn hole_then_pairs(size: usize) -> (usize, usize) {
    with_heap(size, |heap| {
        let neighbours = one_block_hole(heap);
        let allocs = 4 * heap.n_blocks.get();
        let (examined0, searches0, collections0) = (heap.examined.get(), heap.searches.get(), heap.collections.get());
        for i in 0..allocs {
            core::hint::black_box(alloc(2 * BLOCK).unwrap());
            if i % 1024 != 1023 {
                continue;
            }
            // Fail fast (before a quadratic run takes minutes) with the same bound.
            let examined = heap.examined.get() - examined0;
            let cycles = heap.collections.get() - collections0 + 1;
            let limit = allowance(heap, 8, i + 1, cycles);
            assert!(examined <= limit, "{size}-byte heap: {examined} ATB reads after {} allocations", i + 1);
        }
        core::hint::black_box(neighbours);
        (heap.examined.get() - examined0, heap.searches.get() - searches0)
    })
}

#[test]
fn alternating_allocations_cost_the_same_on_any_heap_size() {
    for size in [64 << 10, 1 << 20, 16 << 20] {
        let (examined, searches) = hole_then_pairs(size);
        let per = examined as f64 / searches as f64;
        assert!(per < 2.0, "{size}-byte heap: {per:.2} ATB reads per allocation");
    }
}

/// After a one-block hole: garbage of two to eight blocks, survivors of two to four
/// blocks that die later (holes of many sizes), vectors grown in place or moved and
/// freed at once (the hints after `realloc` and `free`).
fn mixed(size: usize, rounds: usize) -> (usize, usize) {
    with_heap(size, |heap| {
        let neighbours = one_block_hole(heap);
        let mut keep: GcVec<usize> = GcVec::new();
        for _ in 0..64 {
            keep.push(0).unwrap();
        }
        let (examined0, searches0, collections0) = (heap.examined.get(), heap.searches.get(), heap.collections.get());
        let mut x = 12345u32;
        for i in 0..rounds {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            let garbage = alloc((x as usize % 7 + 2) * BLOCK - 3).unwrap();
            core::hint::black_box(garbage);
            if i % 5 == 0 {
                keep[(x as usize >> 8) % 64] =
                    alloc(((x as usize >> 4) % 3 + 1) * BLOCK + 1).unwrap().as_ptr() as usize;
            }
            let mut v: GcVec<[usize; 4]> = GcVec::new();
            for k in 0..(x >> 20) % 20 {
                v.push([k as usize; 4]).unwrap();
            }
            if i % 1024 != 1023 {
                continue;
            }
            let examined = heap.examined.get() - examined0;
            let cycles = heap.collections.get() - collections0 + 1;
            let limit = allowance(heap, 8, heap.searches.get() - searches0, cycles);
            assert!(examined <= limit, "{size}-byte heap: {examined} ATB reads after {} rounds", i + 1);
        }
        core::hint::black_box((&keep, neighbours));
        (heap.examined.get() - examined0, heap.searches.get() - searches0)
    })
}

#[test]
fn mixed_allocations_cost_the_same_on_any_heap_size() {
    for size in [64 << 10, 1 << 20, 16 << 20] {
        let (examined, searches) = mixed(size, 200_000);
        let per = examined as f64 / searches as f64;
        assert!(per < 4.0, "{size}-byte heap: {per:.2} ATB reads per allocation");
    }
}

/// The table against a model: random allocations, frees, reallocations and dropped
/// references on heaps whose block count is not a whole number of ATB words. Every
/// live allocation keeps its contents (so none overlap), and an allocation fails
/// only when no free run is long enough even after a collection.
#[test]
fn allocations_never_overlap_and_fail_only_when_nothing_fits() {
    for size in [3000, 4096, 5000, 20_000] {
        with_heap(size, |heap| {
            // (pointer, bytes, fill byte); the vector keeps the allocations reachable.
            let mut live: GcVec<(usize, usize, u8)> = GcVec::with_capacity(32).unwrap();
            let mut x = 0x2545_f491u32;
            for round in 0..20_000u32 {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                let fill = round as u8 | 1;
                let bytes =
                    if x.is_multiple_of(16) { (x as usize >> 4) % (size / 4) } else { (x as usize >> 4) % (3 * BLOCK) };
                match (x >> 24) % 8 {
                    0 if !live.is_empty() => {
                        let (p, _, _) = live.remove((x as usize >> 8) % live.len()).unwrap();
                        heap.free(p as *mut u8);
                    }
                    1 if !live.is_empty() => {
                        // Dropped without `free`: garbage for the next sweep.
                        live.remove((x as usize >> 8) % live.len());
                    }
                    2 if !live.is_empty() => {
                        let i = (x as usize >> 8) % live.len();
                        let (p, old, f) = live[i];
                        if let Ok(q) = heap.realloc(p as *mut u8, old, bytes) {
                            // SAFETY: `q` is live and `bytes` long; the old contents
                            // up to `min(old, bytes)` were kept.
                            unsafe { core::ptr::write_bytes(q.as_ptr(), f, bytes) };
                            live[i] = (q.as_ptr() as usize, bytes, f);
                        }
                    }
                    _ if live.len() < 32 => {
                        let want = bytes.max(1).div_ceil(BLOCK);
                        match heap.alloc(bytes) {
                            Ok(p) => {
                                // SAFETY: a fresh allocation of `bytes` bytes.
                                unsafe { core::ptr::write_bytes(p.as_ptr(), fill, bytes) };
                                live.push((p.as_ptr() as usize, bytes, fill)).unwrap();
                            }
                            Err(_) => {
                                let run = heap.info().max_free_run;
                                assert!(run < want * BLOCK, "{size}: {bytes} bytes failed with {run} free in a row");
                            }
                        }
                    }
                    _ => {}
                }
                for &(p, bytes, f) in live.iter() {
                    // SAFETY: every recorded allocation is live and `bytes` long.
                    let s = unsafe { core::slice::from_raw_parts(p as *const u8, bytes) };
                    assert!(s.iter().all(|&b| b == f), "{size}: round {round}: contents changed");
                }
                let ff = heap.first_free.get();
                for b in 0..(ff * PER_WORD).min(heap.n_blocks.get()) {
                    assert_ne!(heap.get(b), FREE, "{size}: round {round}: free block {b} before first_free");
                }
            }
        });
    }
}

#[test]
fn sweep_matches_the_block_at_a_time_rule() {
    with_heap(8192, |heap| {
        let n = heap.n_blocks.get();
        let mut x = 7u32;
        for _ in 0..200 {
            // A random well-formed table: runs of free blocks and allocations, some marked.
            let mut b = 0;
            let mut want = Vec::new();
            while b < n {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                let len = ((x >> 4) as usize % 9 + 1).min(n - b);
                match x % 3 {
                    0 => {
                        heap.fill(b, b + len, FREE);
                        want.extend(core::iter::repeat_n(FREE, len));
                    }
                    k => {
                        heap.set(b, if k == 1 { HEAD } else { MARK });
                        heap.fill(b + 1, b + len, TAIL);
                        let after = if k == 1 { FREE } else { HEAD };
                        want.push(after);
                        want.extend(core::iter::repeat_n(if k == 1 { FREE } else { TAIL }, len - 1));
                    }
                }
                b += len;
            }
            heap.sweep();
            let got: Vec<u8> = (0..n).map(|b| heap.get(b)).collect();
            assert_eq!(got, want);
            let first = want.iter().position(|&v| v == FREE).map_or(heap.atb_words.get(), |b| b / PER_WORD);
            assert_eq!(heap.first_free.get(), first);
        }
        // Leave a clean table for `enter`'s teardown.
        heap.fill(0, n, FREE);
    });
}
