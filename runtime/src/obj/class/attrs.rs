//! An instance's attributes, kept in the instance as MicroPython keeps its members map: a
//! block of (name, value) pairs read in order, with no hash, index or dict header. A
//! lookup is a position hint (where the last instance of the class had the name) checked
//! first, then a scan comparing names by identity (they are interned). An instance whose
//! attributes outgrow [`PAIRS_MAX`], or whose `__dict__` is asked for, moves them into a
//! real `dict` for good: that dict is then the attributes, and `__dict__` aliases them.

use core::cell::Cell;

use super::InstanceObj;
use crate::gc::root;
use crate::obj::{dict, exc, Obj};
use crate::qstr::Qstr;
use exc::Exc;

/// The most pairs an instance keeps before moving to a dict (a scan of more is slower than
/// hashing).
const PAIRS_MAX: usize = 16;

/// `InstanceObj::cap` when `store` is a `DictObj`.
pub(super) const DICT: u8 = u8::MAX;

/// The bit of a name in an instance's Bloom filter: from its id, not its hash (a run-time
/// name's hash is in the name pool, a lookup away).
#[inline]
fn bloom_bit(name: Qstr) -> u16 {
    1 << (name.id() & 15)
}

/// Where an instance's attributes are.
pub(super) enum Attrs {
    /// Name and value cells, alternating, for each attribute in order.
    Pairs(&'static [Cell<Obj>]),
    Dict(&'static dict::DictObj),
}

/// The attributes of `inst` (a view: see `dict::table` on views of replaced blocks).
pub(super) fn of(inst: &InstanceObj) -> Attrs {
    let p = inst.store.get();
    if p.is_null() {
        return Attrs::Pairs(&[]);
    }
    if inst.cap.get() == DICT {
        // SAFETY: with `cap == DICT`, `store` is the address of a `DictObj` (set only by
        // `into_dict`), kept alive by the instance.
        return Attrs::Dict(unsafe { &*(p as *const dict::DictObj) });
    }
    // SAFETY: otherwise `store` is a heap block of `cap` pairs, the first `len` written
    // (`set` writes a pair before counting it); the block is only ever replaced, never
    // freed while referenced (the conservative GC keeps it while this view is on the stack).
    unsafe { Attrs::Pairs(core::slice::from_raw_parts(p as *const Cell<Obj>, 2 * usize::from(inst.len.get()))) }
}

/// The value of attribute `name` and its position, if set. `hint` is a position to try first.
///
/// # Errors
/// Only in dict mode, whatever comparing keys raises (a key of another kind with the name's
/// hash).
#[inline]
pub(super) fn get(inst: &InstanceObj, name: Qstr, hint: Option<usize>) -> Result<Option<(Obj, usize)>, Exc> {
    if inst.cap.get() != DICT {
        if inst.bloom.get() & bloom_bit(name) == 0 {
            return Ok(None);
        }
        if let Some(h) = hint.filter(|&h| h < usize::from(inst.len.get())) {
            // SAFETY: `h < len`: a written pair of the block (see `of`).
            let kv = unsafe { &*((inst.store.get() as *const [Obj; 2]).add(h)) };
            if kv[0] == Obj::from_qstr(name) {
                return Ok(Some((kv[1], h)));
            }
        }
    }
    get_slow(inst, name, hint)
}

/// [`get`] past the Bloom filter and the hint: a scan, or the dict.
#[inline(never)]
fn get_slow(inst: &InstanceObj, name: Qstr, hint: Option<usize>) -> Result<Option<(Obj, usize)>, Exc> {
    let key = Obj::from_qstr(name);
    match of(inst) {
        Attrs::Pairs(p) => Ok(p.chunks_exact(2).position(|kv| kv[0].get() == key).map(|i| (p[2 * i + 1].get(), i))),
        Attrs::Dict(d) => {
            if let Some(v) = hint.and_then(|h| d.table.name_at(name, h)) {
                return Ok(hint.map(|h| (v, h)));
            }
            d.table.get_name_at(name)
        }
    }
}

/// Set attribute `name` to `value` (`hint` as in [`get`]; `reserve`, the most attributes an
/// instance of the class has had, sizes a first block). Returns the number of attributes.
///
/// # Errors
/// `MemoryError`; in dict mode whatever comparing keys raises.
pub(super) fn set(
    inst: &InstanceObj,
    name: Qstr,
    value: Obj,
    hint: Option<usize>,
    reserve: usize,
) -> Result<usize, Exc> {
    let key = Obj::from_qstr(name);
    let p = match of(inst) {
        Attrs::Dict(d) => {
            if let Some(h) = hint {
                if d.table.set_name_at(name, h, value) {
                    return Ok(d.len());
                }
            }
            d.set_name(name, value)?;
            return Ok(d.len());
        }
        Attrs::Pairs(p) => p,
    };
    // A name outside the Bloom filter is new: no scan before appending it (`__init__`).
    let at = hint.filter(|&h| p.get(2 * h).is_some_and(|k| k.get() == key)).or_else(|| {
        (inst.bloom.get() & bloom_bit(name) != 0).then(|| p.chunks_exact(2).position(|kv| kv[0].get() == key))?
    });
    if let Some(i) = at {
        p[2 * i + 1].set(value);
        return Ok(p.len() / 2);
    }
    let len = usize::from(inst.len.get());
    // Past PAIRS_MAX, or sure to get there (instances of the class have had more): a dict.
    if len >= PAIRS_MAX || (len == 0 && reserve > PAIRS_MAX) {
        let d = into_dict(inst, reserve)?;
        d.set_name(name, value)?;
        return Ok(d.len());
    }
    if len == usize::from(inst.cap.get()) {
        // Room for what instances of the class hold, else half as much again.
        let cap = reserve.max(len + len / 2 + 1).clamp(len + 1, PAIRS_MAX);
        let block = root::heap().alloc(2 * cap * core::mem::size_of::<Obj>())?.as_ptr() as *mut Obj;
        if len > 0 {
            // SAFETY: the new block holds `2 * cap >= 2 * len` words; the old one (non-null
            // as `len > 0`; re-read, as the allocation may have collected, but no Python
            // code ran) holds `2 * len`.
            unsafe { core::ptr::copy_nonoverlapping(inst.store.get() as *const Obj, block, 2 * len) };
        }
        inst.store.set(block as *mut ());
        inst.cap.set(cap as u8);
    }
    // SAFETY: `len < cap`: a pair inside the block, past every view (views cover `len`).
    unsafe {
        let at = (inst.store.get() as *mut Obj).add(2 * len);
        at.write(key);
        at.add(1).write(value);
    }
    inst.len.set(len as u8 + 1);
    inst.bloom.set(inst.bloom.get() | bloom_bit(name));
    Ok(len + 1)
}

/// Delete attribute `name`; whether it was set. Later attributes move down one place.
///
/// # Errors
/// In dict mode, whatever comparing keys raises.
pub(super) fn delete(inst: &InstanceObj, name: Qstr) -> Result<bool, Exc> {
    let key = Obj::from_qstr(name);
    match of(inst) {
        Attrs::Dict(d) => Ok(d.remove(key)?.is_some()),
        Attrs::Pairs(_) if inst.bloom.get() & bloom_bit(name) == 0 => Ok(false),
        Attrs::Pairs(p) => {
            let Some(i) = p.chunks_exact(2).position(|kv| kv[0].get() == key) else { return Ok(false) };
            for j in 2 * i..p.len() - 2 {
                p[j].set(p[j + 2].get());
            }
            // The last pair is cleared so the GC does not keep its value alive.
            p[p.len() - 2].set(Obj::NULL);
            p[p.len() - 1].set(Obj::NULL);
            inst.len.set(inst.len.get() - 1);
            Ok(true)
        }
    }
}

/// The attributes as a dict, moving them into one first (with room for `reserve`): `__dict__`.
///
/// # Errors
/// `MemoryError`.
pub(super) fn into_dict(inst: &InstanceObj, reserve: usize) -> Result<&'static dict::DictObj, Exc> {
    let p = match of(inst) {
        Attrs::Dict(d) => return Ok(d),
        Attrs::Pairs(p) => p,
    };
    let d = dict::new()?;
    let dd = d.downcast::<dict::DictObj>().ok_or_else(exc::memory_error)?;
    dd.table.reserve_exact(reserve.max(p.len() / 2))?;
    for kv in p.chunks_exact(2) {
        // Names only, all distinct: no Python code runs, so the pairs cannot change.
        dd.set_name(kv[0].get().qstr_value(), kv[1].get())?;
    }
    inst.store.set(dd as *const dict::DictObj as *mut ());
    inst.cap.set(DICT);
    inst.len.set(0);
    Ok(dd)
}

/// Each attribute's name (as an object) in order, for `dir()`.
///
/// # Errors
/// Whatever `f` returns.
pub fn for_each_name(inst: &InstanceObj, mut f: impl FnMut(Obj) -> Result<(), Exc>) -> Result<(), Exc> {
    match of(inst) {
        Attrs::Pairs(p) => p.chunks_exact(2).try_for_each(|kv| f(kv[0].get())),
        Attrs::Dict(d) => {
            let mut pos = 0;
            while let Some((k, _)) = d.next(&mut pos) {
                f(k)?;
            }
            Ok(())
        }
    }
}
