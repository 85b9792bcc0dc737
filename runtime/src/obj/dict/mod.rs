//! `dict`: insertion-ordered, over the shared hash [`table`]; its views (`keys()`,
//! `values()`, `items()`) and iterators are in [`views`], and [`rom`] holds `RomDict`, the
//! const tables of modules and types in flash.

mod index;
mod keys;
mod rom;
pub mod table;
mod views;

pub use rom::{sort_entries, RomDict, RomEntry, ROM_DICT_TYPE};

use super::fun::{NativeFn, NativeKwFn};
use super::repr::{ObjBase, PyObj};
use super::{exc, tuple, Args, Obj, Type};
use crate::bytecode::BinOp;
use crate::obj::TypeExt;
use crate::print::{Print, PrintKind};
use exc::Exc;
use table::Table;

/// A heap dict: a header and its [`Table`].
#[repr(C)]
pub struct DictObj {
    pub base: ObjBase,
    pub table: Table,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `DICT_TYPE` objects and those of ROM types
// whose parent is `DICT_TYPE` (`collections.OrderedDict`, made only as `DictObj`s) are
// `DictObj`s. Classes (`INSTANCE`) deriving from dict are instances with a dict part.
unsafe impl PyObj for DictObj {
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &DICT_TYPE)
            || (ty.flags & super::type_flags::INSTANCE == 0 && ty.parent.is_some_and(|p| core::ptr::eq(p, &DICT_TYPE)))
    }
}

static DICT_LOCALS: RomDict = RomDict::new(&sort_entries([
    RomEntry::new(qstr!("__getitem__"), Obj::from_static(&GETITEM)),
    RomEntry::new(qstr!("__setitem__"), Obj::from_static(&SETITEM)),
    RomEntry::new(qstr!("__delitem__"), Obj::from_static(&DELITEM)),
    RomEntry::new(qstr!("clear"), Obj::from_static(&CLEAR)),
    RomEntry::new(qstr!("copy"), Obj::from_static(&COPY)),
    #[cfg(mp_feature = "dict_fromkeys")]
    RomEntry::new(qstr!("fromkeys"), Obj::from_static(&FROMKEYS)),
    RomEntry::new(qstr!("get"), Obj::from_static(&GET)),
    RomEntry::new(qstr!("items"), Obj::from_static(&views::ITEMS)),
    RomEntry::new(qstr!("keys"), Obj::from_static(&views::KEYS)),
    RomEntry::new(qstr!("pop"), Obj::from_static(&POP)),
    RomEntry::new(qstr!("popitem"), Obj::from_static(&POPITEM)),
    RomEntry::new(qstr!("setdefault"), Obj::from_static(&SETDEFAULT)),
    RomEntry::new(qstr!("update"), Obj::from_static(&UPDATE)),
    RomEntry::new(qstr!("values"), Obj::from_static(&views::VALUES)),
]));
static GETITEM: NativeFn = NativeFn::new(qstr!("__getitem__"), 2, 2, |a| dict_subscr(a[0], a[1], Obj::NULL));
static SETITEM: NativeFn = NativeFn::new(qstr!("__setitem__"), 3, 3, |a| dict_subscr(a[0], a[1], a[2]));
static DELITEM: NativeFn =
    NativeFn::new(qstr!("__delitem__"), 2, 2, |a| dict_subscr(a[0], a[1], super::SENTINEL_DELETE));
static CLEAR: NativeFn = NativeFn::new(qstr!("clear"), 1, 1, dict_clear);
static COPY: NativeFn = NativeFn::new(qstr!("copy"), 1, 1, dict_copy);
static GET: NativeFn = NativeFn::new(qstr!("get"), 2, 3, dict_get);
static POP: NativeFn = NativeFn::new(qstr!("pop"), 2, 3, dict_pop);
static POPITEM: NativeFn = NativeFn::new(qstr!("popitem"), 1, 1, dict_popitem);
static SETDEFAULT: NativeFn = NativeFn::new(qstr!("setdefault"), 2, 3, dict_setdefault);
static UPDATE: NativeKwFn = NativeKwFn::new(qstr!("update"), dict_update);

#[cfg(mp_feature = "dict_fromkeys")]
static FROMKEYS_FN: NativeFn = NativeFn::new(qstr!("fromkeys"), 2, 3, dict_fromkeys);
/// `dict.fromkeys`: a classmethod in ROM.
#[cfg(mp_feature = "dict_fromkeys")]
static FROMKEYS: super::class::WrapperObj = super::class::WrapperObj {
    base: ObjBase::new(&super::class::CLASSMETHOD_TYPE),
    fun: Obj::from_static(&FROMKEYS_FN),
};

pub static DICT_TYPE: Type = Type {
    name: qstr!("dict"),
    make_new: Some(dict_make_new),
    print: Some(dict_print),
    locals: Some(&DICT_LOCALS),
    ext: Some(&TypeExt {
        binary_op: Some(dict_binary_op),
        subscr: Some(dict_subscr),
        iter: Some(views::dict_iter),
        len: Some(|o| Ok(o.downcast::<DictObj>().map(DictObj::len))),
        ..TypeExt::EMPTY
    }),
    ..Type::EMPTY
};

/// A new empty dict.
///
/// # Errors
/// `MemoryError`.
pub fn new() -> Result<Obj, Exc> {
    let d = crate::gc::new(DictObj { base: ObjBase::new(&DICT_TYPE), table: Table::new() })?;
    Ok(Obj::from_ref(d))
}

impl DictObj {
    /// The number of items.
    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// `self[key]`, if present.
    ///
    /// # Errors
    /// `TypeError` for an unhashable key; whatever `__hash__`/`__eq__` raise.
    pub fn get(&self, key: Obj) -> Result<Option<Obj>, Exc> {
        self.table.get(key)
    }

    /// `self[q] = value` for a name (see [`Table::set_name`]).
    ///
    /// # Errors
    /// `MemoryError`; whatever `__eq__` of a key with the name's hash raises.
    #[inline]
    pub fn set_name(&self, q: crate::qstr::Qstr, value: Obj) -> Result<(), Exc> {
        self.table.set_name(q, value)
    }

    /// The value for a name (see [`Table::get_name`]).
    ///
    /// # Errors
    /// Whatever `__eq__` of a key with the name's hash raises.
    #[inline]
    pub fn get_name(&self, q: crate::qstr::Qstr) -> Result<Option<Obj>, Exc> {
        self.table.get_name(q)
    }

    /// Insert or replace.
    ///
    /// # Errors
    /// `MemoryError`, `TypeError` for an unhashable key.
    pub fn set(&self, key: Obj, value: Obj) -> Result<(), Exc> {
        self.table.insert(key, value).map(|_| ())
    }

    /// Remove `key`, returning its value.
    ///
    /// # Errors
    /// `TypeError` for an unhashable key.
    pub fn remove(&self, key: Obj) -> Result<Option<Obj>, Exc> {
        Ok(self.table.remove(key)?.map(|e| e.value))
    }

    /// Live `(key, value)` pairs in insertion order, from entry `*pos` on.
    pub fn next(&self, pos: &mut usize) -> Option<(Obj, Obj)> {
        self.table.next(pos).map(|e| (e.key, e.value))
    }
}

/// The dict behind a method's `self`.
fn this(o: Obj) -> Result<&'static DictObj, Exc> {
    o.downcast::<DictObj>().ok_or_else(|| exc::wrong_self(&DICT_TYPE, o))
}

/// `d.update(src)`: from a dict, an object with `keys()`, or an iterable of pairs.
///
/// # Errors
/// `TypeError`/`ValueError` for a bad source; whatever the source's code raises.
pub fn update_from(d: &DictObj, src: Obj) -> Result<(), Exc> {
    if let Some(s) = src.downcast::<DictObj>() {
        if d.is_empty() {
            return d.table.copy_from(&s.table);
        }
        let mut pos = 0;
        while let Some(e) = s.table.next(&mut pos) {
            d.table.insert_hashed(e.key, e.value, table::key_hash(e.key)?)?;
        }
        return Ok(());
    }
    let keys = super::lookup_attr(src, qstr!("keys"))?;
    if !keys.is_null() {
        let it = super::get_iter(super::call(keys, &[])?)?;
        loop {
            crate::vm::poll_interrupt()?;
            let k = super::iter_next(it)?;
            if k.is_null() {
                return Ok(());
            }
            d.set(k, super::subscr(src, k, Obj::NULL)?)?;
        }
    }
    let it = super::get_iter(src)?;
    loop {
        crate::vm::poll_interrupt()?;
        let item = super::iter_next(it)?;
        if item.is_null() {
            return Ok(());
        }
        let mut kv = [Obj::NULL; 2];
        super::unpack(item, &mut kv).map_err(|e| {
            if e.is(&exc::VALUE_ERROR) {
                exc::value_error(msg!("dict update sequence has wrong length"))
            } else {
                e
            }
        })?;
        d.set(kv[0], kv[1])?;
    }
}

/// Store keyword arguments `name=value` into `d`.
fn update_kw(d: &DictObj, args: &Args<'_>) -> Result<(), Exc> {
    for (k, v) in args.kw_pairs() {
        d.set(k, v)?;
    }
    Ok(())
}

fn dict_make_new(_ty: &'static Type, args: Args<'_>) -> Result<Obj, Exc> {
    if args.pos.len() > 1 {
        // MicroPython counts as `dict.update` does, with the new dict first.
        return Err(exc::at_most_args(2, args.pos.len() + 1));
    }
    let o = new()?;
    let d = this(o)?;
    if let Some(&src) = args.pos.first() {
        update_from(d, src)?;
    }
    update_kw(d, &args)?;
    Ok(o)
}

fn dict_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    let Some(d) = o.downcast::<DictObj>() else { return Ok(()) };
    out.write(b"{")?;
    let mut pos = 0;
    let mut first = true;
    while let Some((k, v)) = d.next(&mut pos) {
        if !first {
            out.write(b", ")?;
        }
        first = false;
        super::print(k, out, PrintKind::Repr)?;
        out.write(b": ")?;
        super::print(v, out, PrintKind::Repr)?;
    }
    out.write(b"}")
}

/// `a == b` for two dicts: the same keys with equal values.
fn dict_equal(a: &DictObj, b: &DictObj) -> Result<bool, Exc> {
    if core::ptr::eq(a, b) {
        return Ok(true);
    }
    if a.len() != b.len() {
        return Ok(false);
    }
    crate::gc::root::check_stack()?;
    let mut pos = 0;
    while let Some(e) = a.table.next(&mut pos) {
        match b.table.lookup(e.key, table::key_hash(e.key)?)? {
            Some(f) if super::equal(e.value, f.value)? => {}
            _ => return Ok(false),
        }
    }
    Ok(true)
}

fn dict_binary_op(op: BinOp, a: Obj, b: Obj) -> Result<Obj, Exc> {
    let Some(d) = a.downcast::<DictObj>() else { return Ok(Obj::NULL) };
    match op {
        BinOp::In => Ok(Obj::from_bool(d.get(b)?.is_some())),
        BinOp::Eq => match b.downcast::<DictObj>() {
            Some(e) => Ok(Obj::from_bool(dict_equal(d, e)?)),
            None => Ok(Obj::FALSE),
        },
        _ => Ok(Obj::NULL),
    }
}

/// `KeyError(key)`.
#[cold]
pub fn key_error(key: Obj) -> Exc {
    exc::new(&exc::KEY_ERROR, &[key])
}

fn dict_subscr(o: Obj, key: Obj, value: Obj) -> Result<Obj, Exc> {
    let d = this(o)?;
    if value.is_null() {
        d.get(key)?.ok_or_else(|| key_error(key))
    } else if value == super::SENTINEL_DELETE {
        d.remove(key)?.ok_or_else(|| key_error(key))?;
        Ok(Obj::NONE)
    } else {
        d.set(key, value)?;
        Ok(Obj::NONE)
    }
}

fn dict_clear(a: &[Obj]) -> Result<Obj, Exc> {
    this(a[0])?.table.clear();
    Ok(Obj::NONE)
}

/// A new dict with the items of `d` (a plain dict, also for a subclass).
///
/// # Errors
/// `MemoryError`.
pub fn copy(d: &DictObj) -> Result<Obj, Exc> {
    let o = new()?;
    this(o)?.table.copy_from(&d.table)?;
    Ok(o)
}

fn dict_copy(a: &[Obj]) -> Result<Obj, Exc> {
    copy(this(a[0])?)
}

#[cfg(mp_feature = "dict_fromkeys")]
fn dict_fromkeys(a: &[Obj]) -> Result<Obj, Exc> {
    let value = a.get(2).copied().unwrap_or(Obj::NONE);
    let o = new()?;
    let d = this(o)?;
    if let Ok(n) = super::len(a[1]) {
        d.table.reserve(n)?;
    }
    let it = super::get_iter(a[1])?;
    loop {
        crate::vm::poll_interrupt()?;
        let k = super::iter_next(it)?;
        if k.is_null() {
            return Ok(o);
        }
        d.set(k, value)?;
    }
}

fn dict_get(a: &[Obj]) -> Result<Obj, Exc> {
    Ok(this(a[0])?.get(a[1])?.unwrap_or(a.get(2).copied().unwrap_or(Obj::NONE)))
}

fn dict_pop(a: &[Obj]) -> Result<Obj, Exc> {
    match this(a[0])?.remove(a[1])? {
        Some(v) => Ok(v),
        None => a.get(2).copied().ok_or_else(|| key_error(a[1])),
    }
}

fn dict_popitem(a: &[Obj]) -> Result<Obj, Exc> {
    match this(a[0])?.table.pop_last() {
        Some(e) => tuple::new(&[e.key, e.value]),
        None => Err(exc::new_msg(&exc::KEY_ERROR, msg!("popitem(): dictionary is empty"))),
    }
}

fn dict_setdefault(a: &[Obj]) -> Result<Obj, Exc> {
    let d = this(a[0])?;
    if let Some(v) = d.get(a[1])? {
        return Ok(v);
    }
    let v = a.get(2).copied().unwrap_or(Obj::NONE);
    d.set(a[1], v)?;
    Ok(v)
}

fn dict_update(args: Args<'_>) -> Result<Obj, Exc> {
    let Some((&o, rest)) = args.pos.split_first() else { return Err(exc::missing_args(1)) };
    let d = this(o)?;
    if rest.len() > 1 {
        return Err(exc::at_most_args(2, args.pos.len()));
    }
    if let Some(&src) = rest.first() {
        update_from(d, src)?;
    }
    update_kw(d, &args)?;
    Ok(Obj::NONE)
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::with_runtime;
    use core::cell::Cell;

    /// An object whose `==` inserts many keys into a dict (growing it) the first time it
    /// runs: what a user `__eq__` may do in the middle of a lookup.
    #[repr(C)]
    struct Mutator {
        base: ObjBase,
        dict: Obj,
        done: Cell<bool>,
    }

    // SAFETY: `#[repr(C)]`, `ObjBase` first; only `MUTATOR_TYPE` objects are `Mutator`s.
    unsafe impl PyObj for Mutator {
        const TYPE: Option<&'static Type> = Some(&MUTATOR_TYPE);
        fn has_layout(ty: &'static Type) -> bool {
            core::ptr::eq(ty, &MUTATOR_TYPE)
        }
    }

    static MUTATOR_TYPE: Type =
        Type { ext: Some(&TypeExt { binary_op: Some(mutating_eq), ..TypeExt::EMPTY }), ..Type::EMPTY };

    fn mutating_eq(op: BinOp, a: Obj, _b: Obj) -> Result<Obj, Exc> {
        let m = a.downcast::<Mutator>().unwrap();
        if op == BinOp::Eq && !m.done.replace(true) {
            let d = m.dict.downcast::<DictObj>().unwrap();
            for i in 0..100 {
                d.set(Obj::small_int(1000 + i), Obj::small_int(i)).unwrap();
            }
            crate::gc::collect();
            // Churn: reuse whatever blocks were freed.
            for i in 0..500 {
                core::hint::black_box(crate::obj::tuple::new(&[Obj::small_int(-7), Obj::small_int(i)]).unwrap());
            }
        }
        Ok(Obj::FALSE)
    }

    /// A lookup whose key comparison grows the dict starts again on the new table instead
    /// of reading the old one.
    #[test]
    fn a_lookup_survives_the_dict_growing_during_a_comparison() {
        with_runtime(|| {
            let d = new().unwrap();
            let dd = d.downcast::<DictObj>().unwrap();
            let m = Obj::from_ref(
                crate::gc::new(Mutator { base: ObjBase::new(&MUTATOR_TYPE), dict: d, done: Cell::new(false) }).unwrap(),
            );
            // A small-int key with the same hash as `m` (its address / 16), so that looking up
            // `m` compares it with that key.
            let twin = Obj::small_int((m.addr() >> 4) as isize);
            assert_eq!(super::super::hash(twin).unwrap(), super::super::hash(m).unwrap());
            dd.set(twin, Obj::small_int(1)).unwrap();
            dd.set(m, Obj::small_int(2)).unwrap();
            assert_eq!(dd.get(twin).unwrap(), Some(Obj::small_int(1)));
            assert_eq!(dd.get(m).unwrap(), Some(Obj::small_int(2)));
            assert_eq!(dd.len(), 102);
            for i in 0..100 {
                assert_eq!(dd.get(Obj::small_int(1000 + i)).unwrap(), Some(Obj::small_int(i)));
            }
        });
    }
}
