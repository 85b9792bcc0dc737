//! `list.sort(key=None, reverse=False)` and `sorted()`: a stable merge sort (binary
//! insertion sort for short runs, then bottom-up merging) that only ever compares with `<`.
//!
//! While it sorts, the list is empty and the items live in a private buffer, as in CPython:
//! a `key` function or an `__lt__` that changes the list cannot disturb the sort, and when
//! the sort ends (normally or by an exception) the list gets the items back, in their order
//! so far; `ValueError: list modified during sort` if anything was put in it meanwhile. A
//! comparison that raises leaves every item in the buffer: the merge reads from one buffer
//! and writes to the other, and the insertion sort compares before it moves anything.

use super::{this, ListObj};
use crate::bytecode::BinOp;
use crate::gc::GcVec;
use crate::obj::fun::{ArgSpec, NativeFn};
use crate::obj::{exc, Obj};
use exc::Exc;

static SORT_SPEC: ArgSpec = ArgSpec {
    names: &[qstr!(""), qstr!("key"), qstr!("reverse")],
    defaults: &[Obj::NULL, Obj::NONE, Obj::FALSE],
    n_pos: 1,
    varargs: false,
    varkw: false,
};
pub static SORT: NativeFn = NativeFn::with_spec(qstr!("sort"), &SORT_SPEC, list_sort);

fn list_sort(a: &[Obj]) -> Result<Obj, Exc> {
    sort(this(a[0])?, a[1], crate::obj::is_true(a[2])?)?;
    Ok(Obj::NONE)
}

/// Runs up to this long are sorted by binary insertion first.
const RUN: usize = 16;

/// One item and its sort key (the item itself without `key=`).
type Pair = (Obj, Obj);

/// Sort `l` in place.
///
/// # Errors
/// Whatever `key` or `<` raise; `ValueError` when they changed the list.
pub fn sort(l: &ListObj, key: Obj, reverse: bool) -> Result<(), Exc> {
    let view = l.view();
    let n = view.len();
    if n == 0 {
        return Ok(());
    }
    let mut items: GcVec<Pair> = GcVec::with_capacity(n)?;
    for c in view {
        items.push((c.get(), c.get()))?;
    }
    l.clear();
    let r = compute_keys(&mut items, key).and_then(|()| merge_sort(&mut items, reverse));
    // The items go back whatever happened, in their order so far.
    let modified = !l.is_empty() || !l.items.get().is_null();
    l.clear();
    l.reserve(n)?;
    for &(_, v) in items.iter() {
        l.push(v)?;
    }
    r?;
    if modified {
        return Err(exc::value_error("list modified during sort"));
    }
    Ok(())
}

fn compute_keys(items: &mut GcVec<Pair>, key: Obj) -> Result<(), Exc> {
    if key == Obj::NONE {
        return Ok(());
    }
    for i in 0..items.len() {
        let k = crate::obj::call(key, &[items[i].1])?;
        items[i].0 = k;
    }
    Ok(())
}

/// `a < b`.
fn lt(a: Obj, b: Obj) -> Result<bool, Exc> {
    if a.is_small_int() && b.is_small_int() {
        return Ok(a.small_int_value() < b.small_int_value());
    }
    crate::vm::poll_interrupt()?;
    crate::obj::is_true(crate::obj::binary_op(BinOp::Lt, a, b)?)
}

/// Whether `x` must come before `y` (strictly): `x < y`, or `y < x` when reversing.
fn before(x: &Pair, y: &Pair, reverse: bool) -> Result<bool, Exc> {
    if reverse {
        lt(y.0, x.0)
    } else {
        lt(x.0, y.0)
    }
}

fn merge_sort(items: &mut GcVec<Pair>, reverse: bool) -> Result<(), Exc> {
    let n = items.len();
    for start in (0..n).step_by(RUN) {
        insertion_sort(&mut items[start..(start + RUN).min(n)], reverse)?;
    }
    if n <= RUN {
        return Ok(());
    }
    let mut tmp: GcVec<Pair> = GcVec::from_slice(items)?;
    let mut width = RUN;
    // Where the current runs are: `items` (false) or `tmp` (true).
    let mut in_tmp = false;
    while width < n {
        crate::vm::poll_interrupt()?;
        let (src, dst) = if in_tmp { (&tmp[..], &mut items[..]) } else { (&items[..], &mut tmp[..]) };
        let r = merge_pass(src, dst, width, reverse);
        if let Err(e) = r {
            // `src` still holds every item: make sure `items` does.
            if in_tmp {
                items.copy_from_slice(&tmp);
            }
            return Err(e);
        }
        in_tmp = !in_tmp;
        width = width.saturating_mul(2);
    }
    if in_tmp {
        items.copy_from_slice(&tmp);
    }
    Ok(())
}

/// Merge each pair of neighbouring runs of `width` from `src` into `dst`.
fn merge_pass(src: &[Pair], dst: &mut [Pair], width: usize, reverse: bool) -> Result<(), Exc> {
    let n = src.len();
    let mut lo = 0;
    while lo < n {
        let mid = (lo + width).min(n);
        let hi = (lo + 2 * width).min(n);
        let (mut i, mut j) = (lo, mid);
        for slot in &mut dst[lo..hi] {
            // Take from the right run only when its item must come strictly first: stable.
            let take_right = i >= mid || (j < hi && before(&src[j], &src[i], reverse)?);
            if take_right {
                *slot = src[j];
                j += 1;
            } else {
                *slot = src[i];
                i += 1;
            }
        }
        lo = hi;
    }
    Ok(())
}

/// Binary insertion sort: each item goes after every item it does not come before.
fn insertion_sort(run: &mut [Pair], reverse: bool) -> Result<(), Exc> {
    for i in 1..run.len() {
        let x = run[i];
        let (mut lo, mut hi) = (0, i);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if before(&x, &run[mid], reverse)? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        run[lo..=i].rotate_right(1);
    }
    Ok(())
}
