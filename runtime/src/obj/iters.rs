//! The iterator types of the builtins: `enumerate`, `zip`, `map`, `filter`, `reversed`
//! (MicroPython's `objenumerate.c`, `objzip.c`, `modbuiltins.c`'s map and filter,
//! `objreversed.c`). Each is its own iterator.

use crate::obj::TypeExt;
use core::cell::Cell;

use super::repr::{ObjBase, PyObj};
use super::{exc, tuple, Args, Obj, Type};
use crate::gc;
use exc::Exc;

/// An iterator over other iterators (and a function, a count or a sequence).
#[repr(C)]
struct IterObj {
    base: ObjBase,
    /// `enumerate`, `filter`: the iterator; `zip`, `map`: a tuple of iterators; `reversed`:
    /// the sequence.
    src: Obj,
    /// `map`, `filter`: the function (`filter`: None keeps true items).
    fun: Obj,
    /// `enumerate`: the next count (an int object); `reversed`: the next index + 1.
    n: Cell<Obj>,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; the iterator types below are all `IterObj`s.
unsafe impl PyObj for IterObj {
    fn has_layout(ty: &'static Type) -> bool {
        ITER_TYPES.iter().any(|t| core::ptr::eq(*t, ty))
    }
}

static ITER_TYPES: &[&Type] = &[
    #[cfg(mp_feature = "enumerate")]
    &ENUMERATE_TYPE,
    &ZIP_TYPE,
    &MAP_TYPE,
    #[cfg(mp_feature = "filter")]
    &FILTER_TYPE,
    #[cfg(mp_feature = "reversed")]
    &REVERSED_TYPE,
];

fn make(ty: &'static Type, src: Obj, fun: Obj, n: Obj) -> Result<Obj, Exc> {
    Ok(Obj::from_ref(gc::new(IterObj { base: ObjBase::new(ty), src, fun, n: Cell::new(n) })?))
}

fn this(o: Obj) -> Option<&'static IterObj> {
    o.downcast::<IterObj>()
}

/// `iter(x)` for each argument, as a tuple.
fn iters_of(args: &[Obj]) -> Result<Obj, Exc> {
    let (t, slots) = tuple::alloc(args.len())?;
    for (slot, &a) in slots.iter_mut().zip(args) {
        *slot = super::get_iter(a)?;
    }
    Ok(if args.is_empty() { tuple::EMPTY_OBJ } else { t })
}

// ---------------------------------------------------------------------------------------
// enumerate(iterable, start=0)

#[cfg(mp_feature = "enumerate")]
static ENUMERATE_SPEC: super::fun::ArgSpec = super::fun::ArgSpec {
    names: &[qstr!("iterable"), qstr!("start")],
    defaults: &[Obj::NULL, Obj::small_int(0)],
    n_pos: 2,
    varargs: false,
    varkw: false,
};

#[cfg(mp_feature = "enumerate")]
pub static ENUMERATE_TYPE: Type = Type {
    name: qstr!("enumerate"),
    make_new: Some(enumerate_make_new),
    ext: Some(&TypeExt { iternext: Some(enumerate_next), ..TypeExt::EMPTY }),
    ..Type::EMPTY
};

#[cfg(mp_feature = "enumerate")]
fn enumerate_make_new(ty: &'static Type, args: Args<'_>) -> Result<Obj, Exc> {
    let mut a = [Obj::NULL; 2];
    super::fun::parse_args(&ENUMERATE_SPEC, args, &mut a)?;
    super::int::expect_i64(a[1])?;
    make(ty, super::get_iter(a[0])?, Obj::NULL, a[1])
}

#[cfg(mp_feature = "enumerate")]
fn enumerate_next(o: Obj) -> Result<Obj, Exc> {
    let Some(e) = this(o) else { return Ok(Obj::NULL) };
    let x = super::iter_next(e.src)?;
    if x.is_null() {
        return Ok(Obj::NULL);
    }
    let n = e.n.get();
    e.n.set(super::binary_op(crate::bytecode::BinOp::Add, n, Obj::small_int(1))?);
    tuple::new(&[n, x])
}

// ---------------------------------------------------------------------------------------
// zip(*iterables)

pub static ZIP_TYPE: Type = Type {
    name: qstr!("zip"),
    make_new: Some(zip_make_new),
    ext: Some(&TypeExt { iternext: Some(zip_next), ..TypeExt::EMPTY }),
    ..Type::EMPTY
};

fn zip_make_new(ty: &'static Type, args: Args<'_>) -> Result<Obj, Exc> {
    make(ty, iters_of(args.no_kw()?)?, Obj::NULL, Obj::NULL)
}

/// The next item of each iterator of `its` into a new tuple; NULL when one is exhausted
/// (or there are none).
fn next_of_each(its: Obj) -> Result<Option<(Obj, &'static mut [Obj])>, Exc> {
    let its = tuple::as_slice(its).unwrap_or(&[]);
    if its.is_empty() {
        return Ok(None);
    }
    let (t, slots) = tuple::alloc(its.len())?;
    for (slot, &it) in slots.iter_mut().zip(its) {
        let x = super::iter_next(it)?;
        if x.is_null() {
            return Ok(None);
        }
        *slot = x;
    }
    Ok(Some((t, slots)))
}

fn zip_next(o: Obj) -> Result<Obj, Exc> {
    let Some(z) = this(o) else { return Ok(Obj::NULL) };
    Ok(next_of_each(z.src)?.map_or(Obj::NULL, |(t, _)| t))
}

// ---------------------------------------------------------------------------------------
// map(function, *iterables)

pub static MAP_TYPE: Type = Type {
    name: qstr!("map"),
    make_new: Some(map_make_new),
    ext: Some(&TypeExt { iternext: Some(map_next), ..TypeExt::EMPTY }),
    ..Type::EMPTY
};

fn map_make_new(ty: &'static Type, args: Args<'_>) -> Result<Obj, Exc> {
    let args = args.no_kw()?;
    if args.len() < 2 {
        return Err(exc::missing_args(2 - args.len()));
    }
    make(ty, iters_of(&args[1..])?, args[0], Obj::NULL)
}

fn map_next(o: Obj) -> Result<Obj, Exc> {
    let Some(m) = this(o) else { return Ok(Obj::NULL) };
    match next_of_each(m.src)? {
        Some((_, items)) => super::call(m.fun, items),
        None => Ok(Obj::NULL),
    }
}

// ---------------------------------------------------------------------------------------
// filter(function, iterable)

#[cfg(mp_feature = "filter")]
pub static FILTER_TYPE: Type = Type {
    name: qstr!("filter"),
    make_new: Some(filter_make_new),
    ext: Some(&TypeExt { iternext: Some(filter_next), ..TypeExt::EMPTY }),
    ..Type::EMPTY
};

#[cfg(mp_feature = "filter")]
fn filter_make_new(ty: &'static Type, args: Args<'_>) -> Result<Obj, Exc> {
    match args.no_kw()? {
        [f, src] => make(ty, super::get_iter(*src)?, *f, Obj::NULL),
        a => Err(exc::arg_count(2, a.len())),
    }
}

#[cfg(mp_feature = "filter")]
fn filter_next(o: Obj) -> Result<Obj, Exc> {
    let Some(f) = this(o) else { return Ok(Obj::NULL) };
    loop {
        let x = super::iter_next(f.src)?;
        if x.is_null() {
            return Ok(Obj::NULL);
        }
        let keep = if f.fun == Obj::NONE { x } else { super::call(f.fun, &[x])? };
        if super::is_true(keep)? {
            return Ok(x);
        }
    }
}

// ---------------------------------------------------------------------------------------
// reversed(sequence)

#[cfg(mp_feature = "reversed")]
pub static REVERSED_TYPE: Type = Type {
    name: qstr!("reversed"),
    make_new: Some(reversed_make_new),
    ext: Some(&TypeExt { iternext: Some(reversed_next), ..TypeExt::EMPTY }),
    ..Type::EMPTY
};

#[cfg(mp_feature = "reversed")]
fn reversed_make_new(ty: &'static Type, args: Args<'_>) -> Result<Obj, Exc> {
    let seq = match args.no_kw()? {
        [s] => *s,
        a => return Err(exc::arg_count(1, a.len())),
    };
    // A class's own `__reversed__` decides.
    if seq.ty().flags & super::type_flags::INSTANCE != 0 {
        let (m, self_) = super::load_method(seq, qstr!("__reversed__"))?;
        if !m.is_null() {
            return if self_.is_null() { super::call(m, &[]) } else { super::call(m, &[self_]) };
        }
    }
    if let Some(r) = super::range::reversed(seq)? {
        return Ok(r);
    }
    // A dict: its keys, newest first (as CPython).
    if seq.downcast::<super::dict::DictObj>().is_some() {
        let keys = super::list::from_iterable(seq)?;
        let n = super::len(keys)?;
        return make(ty, keys, Obj::NULL, super::int::from_i64(n as i64)?);
    }
    let n = super::len(seq)?;
    if seq.ty().subscr().is_none() {
        return Err(exc::type_error_fmt(msg!("'{}' object isn't reversible"), &[seq.ty().name()]));
    }
    make(ty, seq, Obj::NULL, super::int::from_i64(n as i64)?)
}

#[cfg(mp_feature = "reversed")]
fn reversed_next(o: Obj) -> Result<Obj, Exc> {
    let Some(r) = this(o) else { return Ok(Obj::NULL) };
    let n = super::int::as_i64(r.n.get()).unwrap_or(0);
    if n <= 0 {
        return Ok(Obj::NULL);
    }
    let i = n - 1;
    r.n.set(Obj::small_int(i as isize));
    // A list may have shrunk meanwhile: an index past its end ends the iteration.
    if let Some(items) = tuple::Items::of(r.src) {
        return Ok(match items.get(i as usize) {
            Some(x) => x,
            None => {
                r.n.set(Obj::small_int(0));
                Obj::NULL
            }
        });
    }
    match super::subscr(r.src, Obj::small_int(i as isize), Obj::NULL) {
        Ok(x) => Ok(x),
        Err(e) if e.is(&exc::INDEX_ERROR) => {
            r.n.set(Obj::small_int(0));
            Ok(Obj::NULL)
        }
        Err(e) => Err(e),
    }
}
