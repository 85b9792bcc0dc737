//! GC unit tests: collection, exhaustion, interior pointers, fault injection, realloc.

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

#[test]
fn a_vector_grows_past_half_the_heap() {
    // Doubling alone stops at half the heap (the next doubling does not fit); the fallback
    // to quarter steps fills most of it before `MemoryError`, the vector unharmed.
    with_runtime(|| {
        let total = root::heap().info().total;
        let mut v: GcVec<u64> = GcVec::new();
        let mut n = 0u64;
        while v.push(n).is_ok() {
            n += 1;
        }
        let bytes = v.len() * 8;
        assert!(bytes * 10 > total * 7, "{bytes} of {total} bytes");
        assert!(v.iter().enumerate().all(|(i, &x)| x == i as u64));
    });
}

#[test]
fn a_list_grows_past_what_doubling_reaches() {
    // In the 64 KiB test heap doubling alone stops at 2,048 items (the next block of 4,096
    // does not fit beside the old one); quarter steps reach 4,000.
    let out = crate::testing::run(
        "l = []\ntry:\n    while True:\n        l.append(None)\nexcept MemoryError:\n    pass\nprint(len(l) >= 3500, len(l))\n",
    );
    assert!(out.starts_with("True "), "{out}");
}

#[test]
fn a_vector_inserts_and_removes_anywhere() {
    with_runtime(|| {
        let mut v: GcVec<u16> = GcVec::new();
        for (i, x) in [(0, 1), (0, 0), (2, 3), (2, 2), (9, 4)] {
            v.insert(i, x).unwrap();
        }
        assert_eq!(v.as_slice(), &[0, 1, 2, 3, 4]);
        assert_eq!(v.remove(0), Some(0));
        assert_eq!(v.remove(2), Some(3));
        assert_eq!(v.remove(2), Some(4));
        assert_eq!(v.remove(2), None);
        assert_eq!(v.as_slice(), &[1, 2]);
        v.insert(1, 9).unwrap();
        assert_eq!(v.as_slice(), &[1, 9, 2]);
    });
}
