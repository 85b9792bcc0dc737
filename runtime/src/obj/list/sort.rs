//! `list.sort(key=None, reverse=False)` and `sorted()`: a stable merge sort (binary
//! insertion sort for short runs, then bottom-up merging) that only ever compares with `<`.
//!
//! While it sorts, the list is empty (as in CPython): a `key` function or an `__lt__` that
//! changes the list cannot disturb the sort, and when the sort ends (normally or by an
//! exception) the list gets its block back, holding every item in their order so far;
//! `ValueError: list modified during sort` if anything was put in the list meanwhile.
//!
//! The items are sorted in the list's own block, with the keys (`key=`) in an array of
//! their own moved in step. The sort is top-down, so each merge's left run is the shorter,
//! and it is copied aside: half the items' size of spare room at most (MicroPython's
//! quicksort needs none, but is not stable). A comparison that raises mid-merge leaves exactly the copied-aside items'
//! places free, and they go back there: no item is ever lost.

use core::cell::Cell;

use super::{this, ListObj};
use crate::bytecode::BinOp;
use crate::gc::GcVec;
use crate::obj::fun::{ArgSpec, NativeSpecFn};
use crate::obj::{exc, Obj};
use exc::Exc;

static SORT_SPEC: ArgSpec = ArgSpec {
    names: &[qstr!(""), qstr!("key"), qstr!("reverse")],
    defaults: &[Obj::NULL, Obj::NONE, Obj::FALSE],
    n_pos: 1,
    varargs: false,
    varkw: false,
};
pub static SORT: NativeSpecFn = NativeSpecFn::new(qstr!("sort"), &SORT_SPEC, list_sort);

fn list_sort(a: &[Obj]) -> Result<Obj, Exc> {
    sort(this(a[0])?, a[1], crate::obj::is_true(a[2])?)?;
    Ok(Obj::NONE)
}

/// Runs up to this long are sorted by binary insertion first.
const RUN: usize = 16;

/// What the merge sort moves: the items and their keys in step. Without `key=` an item
/// is its own key and `keys` is `items` itself (one copy of the sort for both cases; the
/// second store to the same cell is the price).
#[derive(Clone, Copy)]
struct Seq<'a> {
    items: &'a [Cell<Obj>],
    keys: &'a [Cell<Obj>],
}

impl Seq<'_> {
    #[inline(always)]
    fn key(self, i: usize) -> Obj {
        self.keys[i].get()
    }

    #[inline(always)]
    fn get(self, i: usize) -> (Obj, Obj) {
        (self.items[i].get(), self.keys[i].get())
    }

    #[inline(always)]
    fn set(self, i: usize, (item, key): (Obj, Obj)) {
        self.items[i].set(item);
        self.keys[i].set(key);
    }

    /// Put item `i` of `from` (and its key) at `j` of `self`.
    #[inline(always)]
    fn put(self, j: usize, from: Self, i: usize) {
        self.set(j, from.get(i));
    }
}

/// Sort `l` in place.
///
/// # Errors
/// Whatever `key` or `<` raise; `ValueError` when they changed the list.
pub fn sort(l: &ListObj, key: Obj, reverse: bool) -> Result<(), Exc> {
    let view = l.view();
    if view.is_empty() {
        return Ok(());
    }
    let block = (l.items.get(), l.cap.get());
    l.clear();
    // From here the block behind `view` is the sort's alone (the list has none), and every
    // item stays in it or in the aside copy, so giving it back cannot fail.
    let r = sort_block(view, key, reverse);
    let modified = !l.is_empty() || !l.items.get().is_null();
    l.items.set(block.0);
    l.cap.set(block.1);
    l.len.set(view.len());
    r?;
    if modified {
        return Err(exc::value_error(msg!("list modified during sort")));
    }
    Ok(())
}

fn sort_block(items: &[Cell<Obj>], key: Obj, reverse: bool) -> Result<(), Exc> {
    let n = items.len();
    let half = if n > RUN { n / 2 } else { 0 };
    let mut aside_items = nulls(half)?;
    let aside_items = Cell::from_mut(&mut aside_items[..]).as_slice_of_cells();
    if key == Obj::NONE {
        let seq = Seq { items, keys: items };
        return sort_range(seq, Seq { items: aside_items, keys: aside_items }, 0, n, reverse);
    }
    let mut keys: GcVec<Obj> = GcVec::with_capacity(n)?;
    for c in items {
        keys.push(crate::obj::call(key, &[c.get()])?)?;
    }
    let mut aside_keys = nulls(half)?;
    let seq = Seq { items, keys: Cell::from_mut(&mut keys[..]).as_slice_of_cells() };
    let aside = Seq { items: aside_items, keys: Cell::from_mut(&mut aside_keys[..]).as_slice_of_cells() };
    sort_range(seq, aside, 0, n, reverse)
}

/// Sort `lo..hi` top-down: its halves, then merge them. The left half is never the
/// longer (`mid` rounds down), so it is the one copied aside, and `aside` needs room for
/// half the items. The depth is the log of the length.
fn sort_range(seq: Seq, aside: Seq, lo: usize, hi: usize, reverse: bool) -> Result<(), Exc> {
    if hi - lo <= RUN {
        return insertion_sort(seq, lo, hi, reverse);
    }
    let mid = lo + (hi - lo) / 2;
    sort_range(seq, aside, lo, mid, reverse)?;
    sort_range(seq, aside, mid, hi, reverse)?;
    crate::vm::poll_interrupt()?;
    // Already in order (presorted input): nothing to merge.
    if before(seq, mid, seq, mid - 1, reverse)? {
        merge_low(seq, aside, lo, mid, hi, reverse)?;
    }
    Ok(())
}

/// `n` NULLs.
fn nulls(n: usize) -> Result<GcVec<Obj>, Exc> {
    let mut v = GcVec::with_capacity(n)?;
    for _ in 0..n {
        v.push(Obj::NULL)?;
    }
    Ok(v)
}

/// `a < b`.
fn lt(a: Obj, b: Obj) -> Result<bool, Exc> {
    if a.is_small_int() && b.is_small_int() {
        return Ok(a.small_int_value() < b.small_int_value());
    }
    crate::vm::poll_interrupt()?;
    crate::obj::is_true(crate::obj::binary_op(BinOp::Lt, a, b)?)
}

/// Whether item `i` of `x` must come before item `j` of `y` (strictly): its key is less,
/// or greater when reversing.
#[inline(always)]
fn before(x: Seq, i: usize, y: Seq, j: usize, reverse: bool) -> Result<bool, Exc> {
    if reverse {
        lt(y.key(j), x.key(i))
    } else {
        lt(x.key(i), y.key(j))
    }
}

/// Merge the runs `lo..mid` and `mid..hi` (the left one no longer), with the left one
/// aside, front to back.
fn merge_low(seq: Seq, aside: Seq, lo: usize, mid: usize, hi: usize, reverse: bool) -> Result<(), Exc> {
    let n_left = mid - lo;
    for k in 0..n_left {
        aside.put(k, seq, lo + k);
    }
    let (mut i, mut j, mut d) = (0, mid, lo);
    while i < n_left && j < hi {
        // The right run's item goes first only when it must (strictly): stable.
        match before(seq, j, aside, i, reverse) {
            Ok(true) => {
                seq.put(d, seq, j);
                j += 1;
            }
            Ok(false) => {
                seq.put(d, aside, i);
                i += 1;
            }
            Err(e) => {
                // The free places `d..j` are as many as the items still aside.
                for k in i..n_left {
                    seq.put(d + k - i, aside, k);
                }
                return Err(e);
            }
        }
        d += 1;
    }
    for k in i..n_left {
        seq.put(d + k - i, aside, k);
    }
    Ok(())
}

/// Binary insertion sort of `lo..hi`: each item goes after every item it does not come
/// before. It compares before it moves anything, so an error leaves every item in place.
fn insertion_sort(seq: Seq, lo: usize, hi: usize, reverse: bool) -> Result<(), Exc> {
    for i in lo + 1..hi {
        let (mut a, mut b) = (lo, i);
        while a < b {
            let m = (a + b) / 2;
            if before(seq, i, seq, m, reverse)? {
                b = m;
            } else {
                a = m + 1;
            }
        }
        if a < i {
            // Item `i` down into place `a`, the ones between up by one.
            let x = seq.get(i);
            for k in (a..i).rev() {
                seq.put(k + 1, seq, k);
            }
            seq.set(a, x);
        }
    }
    Ok(())
}
