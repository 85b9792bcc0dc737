//! `heapq`: `heappush`, `heappop`, `heapify` on a list (exactly a list, as MicroPython
//! requires), a min-heap by `<`, with CPython's sift algorithm so the list ends in the same
//! order as under CPython and MicroPython.
//!
//! A comparison may run Python code (`__lt__`) that changes the list; every read and write
//! goes through the list's bounds-checked accessors, so a list that shrank under the sift
//! gives `IndexError`, never a stale slot.

use crate::bytecode::BinOp;
use crate::obj::dict::{sort_entries, RomDict, RomEntry};
use crate::obj::exc::{self, Exc};
use crate::obj::fun::NativeFn;
use crate::obj::list::{self, ListObj, LIST_TYPE};
use crate::obj::module::Module;
use crate::obj::{self, Obj};

pub static MODULE: Module = Module::new(qstr!("heapq"), &GLOBALS);

static GLOBALS: RomDict = RomDict::new(&sort_entries([
    RomEntry::new(qstr!("__name__"), Obj::from_qstr(qstr!("heapq"))),
    RomEntry::new(qstr!("heappush"), Obj::from_static(&HEAPPUSH)),
    RomEntry::new(qstr!("heappop"), Obj::from_static(&HEAPPOP)),
    RomEntry::new(qstr!("heapify"), Obj::from_static(&HEAPIFY)),
]));

static HEAPPUSH: NativeFn = NativeFn::new(qstr!("heappush"), 2, 2, heappush);
static HEAPPOP: NativeFn = NativeFn::new(qstr!("heappop"), 1, 1, heappop);
static HEAPIFY: NativeFn = NativeFn::new(qstr!("heapify"), 1, 1, heapify);

fn heap_of(o: Obj) -> Result<&'static ListObj, Exc> {
    if !obj::is_type(o, &LIST_TYPE) {
        return Err(exc::type_error(msg!("heap must be a list")));
    }
    o.downcast::<ListObj>().ok_or_else(|| exc::type_error(msg!("heap must be a list")))
}

#[cold]
fn changed() -> Exc {
    exc::index_error(msg!("list index out of range"))
}

fn get(h: &ListObj, i: usize) -> Result<Obj, Exc> {
    h.get(i).ok_or_else(changed)
}

fn set(h: &ListObj, i: usize, x: Obj) -> Result<(), Exc> {
    h.view().get(i).ok_or_else(changed)?.set(x);
    Ok(())
}

fn less(a: Obj, b: Obj) -> Result<bool, Exc> {
    obj::is_true(obj::binary_op(BinOp::Lt, a, b)?)
}

/// Move the item at `pos` up towards `start` while it is less than its parent.
fn sift_down(h: &ListObj, start: usize, mut pos: usize) -> Result<(), Exc> {
    let item = get(h, pos)?;
    while pos > start {
        let parent_pos = (pos - 1) / 2;
        let parent = get(h, parent_pos)?;
        if !less(item, parent)? {
            break;
        }
        set(h, pos, parent)?;
        pos = parent_pos;
    }
    set(h, pos, item)
}

/// Move the item at `pos` down to a leaf along the smaller children, then back up
/// (CPython's `_siftup`: fewer comparisons than stopping early).
fn sift_up(h: &ListObj, mut pos: usize) -> Result<(), Exc> {
    let end = h.len();
    let start = pos;
    let item = get(h, pos)?;
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end && !less(get(h, child)?, get(h, right)?)? {
            child = right;
        }
        set(h, pos, get(h, child)?)?;
        pos = child;
        child = 2 * pos + 1;
    }
    set(h, pos, item)?;
    sift_down(h, start, pos)
}

/// `heappush(heap, item)`.
fn heappush(a: &[Obj]) -> Result<Obj, Exc> {
    let h = heap_of(a[0])?;
    list::append(a[0], a[1])?;
    sift_down(h, 0, h.len() - 1)?;
    Ok(Obj::NONE)
}

/// `heappop(heap)`: the smallest item; `IndexError: empty heap` for an empty list.
fn heappop(a: &[Obj]) -> Result<Obj, Exc> {
    let h = heap_of(a[0])?;
    if h.is_empty() {
        return Err(exc::index_error(msg!("empty heap")));
    }
    let (pop, this) = obj::load_method(a[0], qstr!("pop"))?;
    let last = obj::call_method(pop, this, obj::Args::pos(&[]))?;
    if h.is_empty() {
        return Ok(last);
    }
    let first = get(h, 0)?;
    set(h, 0, last)?;
    sift_up(h, 0)?;
    Ok(first)
}

/// `heapify(x)`: make the list a heap, in place, in linear time.
fn heapify(a: &[Obj]) -> Result<Obj, Exc> {
    let h = heap_of(a[0])?;
    for i in (0..h.len() / 2).rev() {
        crate::vm::poll_interrupt()?;
        sift_up(h, i)?;
    }
    Ok(Obj::NONE)
}
