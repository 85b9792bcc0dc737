//! The builtins over iterables: `all any sum min max sorted iter next`. Every loop over an
//! iterator polls for Ctrl-C (an iterator may be endless).

use crate::obj::TypeExt;
use core::cell::Cell;

use crate::bytecode::BinOp;
use crate::obj::fun::{ArgSpec, NativeFn, NativeKwFn};
use crate::obj::repr::{ObjBase, PyObj};
use crate::obj::{self, exc, list, Args, Obj, Type};
use crate::vm::poll_interrupt;
use exc::Exc;

super::natives! {
    pub ALL = qstr!("all"), 1, 1, |a| all_any(a[0], true);
    pub ANY = qstr!("any"), 1, 1, |a| all_any(a[0], false);
    pub ITER = qstr!("iter"), 1, 2, builtin_iter;
}
#[cfg(mp_feature = "next2")]
super::natives! {
    pub NEXT = qstr!("next"), 1, 2, builtin_next;
}
#[cfg(not(mp_feature = "next2"))]
super::natives! {
    pub NEXT = qstr!("next"), 1, 1, builtin_next;
}
pub static SUM: NativeKwFn = NativeKwFn::new(qstr!("sum"), builtin_sum);
#[cfg(mp_feature = "min_max")]
pub static MIN: NativeKwFn = NativeKwFn::new(qstr!("min"), |a| min_max(a, BinOp::Lt));
#[cfg(mp_feature = "min_max")]
pub static MAX: NativeKwFn = NativeKwFn::new(qstr!("max"), |a| min_max(a, BinOp::Gt));

static SORTED_SPEC: ArgSpec = ArgSpec {
    names: &[qstr!(""), qstr!("key"), qstr!("reverse")],
    defaults: &[Obj::NULL, Obj::NONE, Obj::FALSE],
    n_pos: 1,
    varargs: false,
    varkw: false,
};
pub static SORTED: NativeKwFn = NativeKwFn::new(qstr!("sorted"), sorted_args);

/// `sorted(iterable, *, key=None, reverse=False)`: a second positional argument is
/// MicroPython's `must use keyword argument for key function`.
fn sorted_args(args: Args<'_>) -> Result<Obj, Exc> {
    if args.pos.len() > 1 {
        return Err(exc::type_error(msg!("must use keyword argument for key function")));
    }
    let mut slots = [Obj::NULL; 3];
    crate::obj::fun::parse_args(&SORTED_SPEC, args, &mut slots)?;
    builtin_sorted(&slots)
}

/// Call `f` with each item of the iterable `o` until it returns `Some`.
fn each<R>(o: Obj, mut f: impl FnMut(Obj) -> Result<Option<R>, Exc>) -> Result<Option<R>, Exc> {
    let it = obj::get_iter(o)?;
    loop {
        poll_interrupt()?;
        let x = obj::iter_next(it)?;
        if x.is_null() {
            return Ok(None);
        }
        if let Some(r) = f(x)? {
            return Ok(Some(r));
        }
    }
}

/// `all(o)` (`want_all`) or `any(o)`.
fn all_any(o: Obj, want_all: bool) -> Result<Obj, Exc> {
    // `all` stops at the first false item, `any` at the first true one.
    let stop = each(o, |x| Ok((obj::is_true(x)? != want_all).then_some(())))?;
    Ok(Obj::from_bool(stop.is_some() != want_all))
}

/// `sum(iterable, start=0)`.
fn builtin_sum(args: Args<'_>) -> Result<Obj, Exc> {
    let mut start = Obj::NULL;
    for (k, v) in args.kw_pairs() {
        if crate::obj::str::eq_qstr(k, qstr!("start")) && args.pos.len() < 2 {
            start = v;
        } else {
            return Err(crate::obj::fun::extra_keywords());
        }
    }
    let (src, start) = match args.pos {
        [src] => (*src, if start.is_null() { Obj::small_int(0) } else { start }),
        [src, start] => (*src, *start),
        [] => return Err(exc::missing_args(1)),
        a => return Err(exc::at_most_args(2, a.len())),
    };
    let mut acc = start;
    each(src, |x| {
        acc = obj::binary_op(BinOp::Add, acc, x)?;
        Ok(None::<()>)
    })?;
    Ok(acc)
}

/// `min(...)` (`op` is `<`) or `max(...)` (`>`): of an iterable, or of two or more
/// arguments; `key=` and, for an iterable, `default=`.
#[cfg(mp_feature = "min_max")]
fn min_max(args: Args<'_>, op: BinOp) -> Result<Obj, Exc> {
    let (mut key, mut default) = (Obj::NONE, Obj::NULL);
    for (k, v) in args.kw_pairs() {
        if crate::obj::str::eq_qstr(k, qstr!("key")) {
            key = v;
        } else if crate::obj::str::eq_qstr(k, qstr!("default")) {
            default = v;
        } else {
            return Err(crate::obj::fun::extra_keywords());
        }
    }
    let (mut best, mut best_key) = (Obj::NULL, Obj::NULL);
    let mut consider = |x: Obj| -> Result<Option<()>, Exc> {
        let k = if key == Obj::NONE { x } else { obj::call(key, &[x])? };
        if best.is_null() || obj::is_true(obj::binary_op(op, k, best_key)?)? {
            best = x;
            best_key = k;
        }
        Ok(None)
    };
    match args.pos {
        [] => return Err(exc::missing_args(1)),
        [src] => {
            each(*src, &mut consider)?;
        }
        many => {
            // Comparing may run code, but these are the caller's own argument values.
            for &x in many {
                consider(x)?;
            }
        }
    }
    if best.is_null() {
        if default.is_null() {
            return Err(exc::value_error(msg!("arg is an empty sequence")));
        }
        return Ok(default);
    }
    Ok(best)
}

fn builtin_sorted(a: &[Obj]) -> Result<Obj, Exc> {
    let l = list::from_iterable(a[0])?;
    let Some(lo) = l.downcast::<list::ListObj>() else { return Ok(l) };
    list::sort(lo, a[1], obj::is_true(a[2])?)?;
    Ok(l)
}

/// `iter(o)`, or `iter(callable, sentinel)`: call until the sentinel comes back.
fn builtin_iter(a: &[Obj]) -> Result<Obj, Exc> {
    match a {
        [o] => obj::get_iter(*o),
        _ => {
            if !obj::is_callable(a[0]) {
                return Err(exc::type_error(msg!("iter(v, w): v must be callable")));
            }
            let it = CallIter { base: ObjBase::new(&CALL_ITER_TYPE), fun: Cell::new(a[0]), sentinel: a[1] };
            Ok(Obj::from_ref(crate::gc::new(it)?))
        }
    }
}

/// `iter(callable, sentinel)`.
#[repr(C)]
struct CallIter {
    base: ObjBase,
    /// NULL once the sentinel has come back.
    fun: Cell<Obj>,
    sentinel: Obj,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `CALL_ITER_TYPE` objects are `CallIter`s.
unsafe impl PyObj for CallIter {
    const TYPE: Option<&'static Type> = Some(&CALL_ITER_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &CALL_ITER_TYPE)
    }
}

static CALL_ITER_TYPE: Type = Type {
    name: qstr!("iterator"),
    ext: Some(&TypeExt { iternext: Some(call_iter_next), ..TypeExt::EMPTY }),
    ..Type::EMPTY
};

fn call_iter_next(o: Obj) -> Result<Obj, Exc> {
    let Some(it) = o.downcast::<CallIter>() else { return Ok(Obj::NULL) };
    let f = it.fun.get();
    if f.is_null() {
        return Ok(Obj::NULL);
    }
    let x = obj::call(f, &[])?;
    if obj::equal(x, it.sentinel)? {
        it.fun.set(Obj::NULL);
        return Ok(Obj::NULL);
    }
    Ok(x)
}

fn builtin_next(args: &[Obj]) -> Result<Obj, Exc> {
    if let Some(g) = args[0].downcast::<crate::obj::gen::GenObj>() {
        // A generator's return value travels in the StopIteration.
        return match crate::obj::gen::resume(g, Obj::NONE, Obj::NULL)? {
            Ok(v) => Ok(v),
            Err(v) => match args.get(1) {
                Some(&d) => Ok(d),
                None if v == Obj::NONE => Err(exc::new(&exc::STOP_ITERATION, &[])),
                None => Err(exc::new(&exc::STOP_ITERATION, &[v])),
            },
        };
    }
    let x = obj::iter_next(args[0])?;
    if x.is_null() {
        return match args.get(1) {
            Some(&d) => Ok(d),
            None => Err(exc::new(&exc::STOP_ITERATION, &[])),
        };
    }
    Ok(x)
}
