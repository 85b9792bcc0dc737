//! `l[i]`, `l[i] = x`, `del l[i]`, and the slice forms of each (extended slices too), with
//! CPython's semantics: a slice store takes any iterable (read completely before the list
//! changes, so `l[1:] = l` works), an extended one needs as many items as it selects.

use super::{alloc_list, cells, this, ListObj, Obj};
use crate::gc::GcVec;
use crate::obj::slice::{self, Parts, SliceObj};
use crate::obj::{exc, seq, tuple, SENTINEL_DELETE};
use exc::Exc;

/// The list type's subscript slot.
///
/// # Errors
/// `IndexError`, `TypeError` for a bad index, `ValueError` for a bad slice assignment.
pub fn list_subscr(o: Obj, index: Obj, value: Obj) -> Result<Obj, Exc> {
    let l = this(o)?;
    if let Some(s) = index.downcast::<SliceObj>() {
        return slice_op(l, s.parts(), value);
    }
    // `del l[i]` is MicroPython's `pop(i)`: from an empty list it says so.
    let msg = if value == SENTINEL_DELETE && l.is_empty() {
        msg!("pop from empty list")
    } else {
        msg!("list index out of range")
    };
    let i = seq::index(o, index, l.len(), msg)?;
    let items = l.view();
    if value.is_null() {
        Ok(items[i].get())
    } else if value == SENTINEL_DELETE {
        l.remove(i);
        Ok(Obj::NONE)
    } else {
        items[i].set(value);
        Ok(Obj::NONE)
    }
}

/// `l[slice]`, `l[slice] = value` (`value` NULL: a load) without a slice object.
///
/// # Errors
/// As [`list_subscr`].
pub fn subscr_parts(o: Obj, parts: Parts, value: Obj) -> Result<Obj, Exc> {
    slice_op(this(o)?, parts, value)
}

fn slice_op(l: &ListObj, s: Parts, value: Obj) -> Result<Obj, Exc> {
    if value.is_null() {
        load(l, s)
    } else if value == SENTINEL_DELETE {
        delete(l, s).map(|()| Obj::NONE)
    } else {
        store(l, s, value).map(|()| Obj::NONE)
    }
}

/// The positions a slice selects, in order.
fn positions(start: isize, step: isize, n: usize) -> impl ExactSizeIterator<Item = usize> {
    (0..n).map(move |k| (start + k as isize * step) as usize)
}

fn load(l: &ListObj, s: Parts) -> Result<Obj, Exc> {
    let items = l.view();
    let (start, stop, step) = slice::indices_of(s, items.len())?;
    let n = slice::count(start, stop, step);
    let r = alloc_list()?;
    r.extend_from(positions(start, step, n).map(|i| items[i].get()))?;
    Ok(Obj::from_ref(r))
}

fn delete(l: &ListObj, s: Parts) -> Result<(), Exc> {
    let items = l.view();
    let (start, stop, mut step) = slice::indices_of(s, items.len())?;
    let n = slice::count(start, stop, step);
    if n == 0 {
        return Ok(());
    }
    // A negative step deletes the same items as the positive one from the lowest.
    let mut lo = start;
    if step < 0 {
        lo = start + (n as isize - 1) * step;
        step = -step;
    }
    let (lo, step) = (lo as usize, step as usize);
    // Compact in place: keep every item that is not at `lo + k * step` for `k < n`.
    let mut w = lo;
    for (r, c) in items.iter().enumerate().skip(lo) {
        let deleted = (r - lo) % step == 0 && (r - lo) / step < n;
        if !deleted {
            items[w].set(c.get());
            w += 1;
        }
    }
    l.truncate(w);
    Ok(())
}

/// The items of `value` for a slice store, read before the list changes.
fn snapshot(value: Obj) -> Result<GcVec<Obj>, Exc> {
    if let Some(t) = tuple::as_slice(value) {
        return GcVec::from_slice(t);
    }
    if let Some(src) = value.downcast::<ListObj>() {
        let mut v = GcVec::with_capacity(src.len())?;
        for c in src.view() {
            v.push(c.get())?;
        }
        return Ok(v);
    }
    let it = crate::obj::get_iter(value).map_err(|e| {
        if e.is(&exc::TYPE_ERROR) {
            exc::type_error(msg!("can only assign an iterable"))
        } else {
            e
        }
    })?;
    let mut v = GcVec::new();
    loop {
        crate::vm::poll_interrupt()?;
        let x = crate::obj::iter_next(it)?;
        if x.is_null() {
            return Ok(v);
        }
        v.push(x)?;
    }
}

fn store(l: &ListObj, s: Parts, value: Obj) -> Result<(), Exc> {
    // A tuple is read in place (no code runs while the list changes); a list (the list
    // itself too) or any other iterable is read into a copy first, so that one
    // non-generic `store_items` serves all.
    if let Some(t) = tuple::as_slice(value) {
        return store_items(l, s, t);
    }
    let new_items = snapshot(value)?;
    store_items(l, s, &new_items)
}

fn store_items(l: &ListObj, s: Parts, new_items: &[Obj]) -> Result<(), Exc> {
    // Reading the iterable may have run code that changed the list: indices from now on.
    let items = l.view();
    let (start, stop, step) = slice::indices_of(s, items.len())?;
    if step != 1 {
        let n = slice::count(start, stop, step);
        if new_items.len() != n {
            return Err(extended_size(new_items.len(), n));
        }
        for (i, &x) in positions(start, step, n).zip(new_items) {
            items[i].set(x);
        }
        return Ok(());
    }
    let start = start as usize;
    let stop = (stop as usize).max(start);
    replace(l, start, stop, new_items)
}

/// Replace items `start..stop` of `l` with `new`.
fn replace(l: &ListObj, start: usize, stop: usize, new: &[Obj]) -> Result<(), Exc> {
    let items = l.view();
    let len = items.len();
    let removed = stop - start;
    if new.len() > removed {
        let grow = new.len() - removed;
        let total = len.checked_add(grow).ok_or_else(exc::memory_error)?;
        if total > l.cap.get() {
            // A new block: the old one stays intact for any view still reading it.
            let parts = cells(&items[..start]).chain(new.iter().copied()).chain(cells(&items[stop..]));
            return l.rebuild(total.max(l.cap.get().saturating_mul(2)), parts);
        }
        // Room in the block: the new slots past `len` are past every view's length.
        for j in (stop..len).rev() {
            l.write_slot(j + grow, items[j].get());
        }
        l.len.set(total);
    } else {
        let shrink = removed - new.len();
        for j in stop..len {
            items[j - shrink].set(items[j].get());
        }
        l.truncate(len - shrink);
    }
    let items = l.view();
    for (k, &x) in new.iter().enumerate() {
        items[start + k].set(x);
    }
    Ok(())
}

#[cold]
fn extended_size(given: usize, size: usize) -> Exc {
    let mut a = [0u8; 24];
    let mut b = [0u8; 24];
    let g = crate::print::int_str(given as i64, &mut a);
    let n = crate::print::int_str(size as i64, &mut b);
    exc::new_msg_fmt(
        &exc::VALUE_ERROR,
        msg!("attempt to assign sequence of size {} to extended slice of size {}"),
        &[g, n],
    )
}
