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

/// What the merge sort moves: an item (without `key=`), or its key and the item.
trait Item: Copy {
    fn key(&self) -> Obj;
    fn value(&self) -> Obj;
}

impl Item for Obj {
    fn key(&self) -> Obj {
        *self
    }
    fn value(&self) -> Obj {
        *self
    }
}

impl Item for (Obj, Obj) {
    fn key(&self) -> Obj {
        self.0
    }
    fn value(&self) -> Obj {
        self.1
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
    if key == Obj::NONE {
        // Without a key only the items move: half the memory.
        let mut items: GcVec<Obj> = GcVec::with_capacity(view.len())?;
        for c in view {
            items.push(c.get())?;
        }
        let block = (l.items.get(), l.cap.get());
        l.clear();
        let r = merge_sort(&mut items, reverse);
        return give_back(l, view, block, &items, r);
    }
    let mut items: GcVec<(Obj, Obj)> = GcVec::with_capacity(view.len())?;
    for c in view {
        items.push((c.get(), c.get()))?;
    }
    let block = (l.items.get(), l.cap.get());
    l.clear();
    let r = compute_keys(&mut items, key).and_then(|()| merge_sort(&mut items, reverse));
    give_back(l, view, block, &items, r)
}

/// Put the items back into the list, whatever happened, in their order so far, in the
/// block they came from (`view` of `block`: nothing else ever wrote to it, the list only
/// replaces its blocks), so this cannot fail; then the sort's outcome, or `ValueError` if
/// something was put in the list meanwhile (that is dropped, as CPython does).
fn give_back<T: Item>(
    l: &ListObj,
    view: &[core::cell::Cell<Obj>],
    block: (*mut Obj, usize),
    items: &[T],
    r: Result<(), Exc>,
) -> Result<(), Exc> {
    let modified = !l.is_empty() || !l.items.get().is_null();
    for (c, x) in view.iter().zip(items) {
        c.set(x.value());
    }
    l.items.set(block.0);
    l.cap.set(block.1);
    l.len.set(view.len());
    r?;
    if modified {
        return Err(exc::value_error("list modified during sort"));
    }
    Ok(())
}

fn compute_keys(items: &mut GcVec<(Obj, Obj)>, key: Obj) -> Result<(), Exc> {
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
fn before<T: Item>(x: &T, y: &T, reverse: bool) -> Result<bool, Exc> {
    if reverse {
        lt(y.key(), x.key())
    } else {
        lt(x.key(), y.key())
    }
}

fn merge_sort<T: Item>(items: &mut GcVec<T>, reverse: bool) -> Result<(), Exc> {
    let n = items.len();
    for start in (0..n).step_by(RUN) {
        insertion_sort(&mut items[start..(start + RUN).min(n)], reverse)?;
    }
    if n <= RUN {
        return Ok(());
    }
    let mut tmp: GcVec<T> = GcVec::from_slice(items)?;
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
fn merge_pass<T: Item>(src: &[T], dst: &mut [T], width: usize, reverse: bool) -> Result<(), Exc> {
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
fn insertion_sort<T: Item>(run: &mut [T], reverse: bool) -> Result<(), Exc> {
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
