//! The VM's helpers: name lookup in namespaces, raising and matching exceptions, calls
//! with `*args`/`**kwargs`, building sets and tuples, `yield from`'s send, and the
//! small-int fast path of `BinaryOp`.

use super::Frame;
use crate::bytecode::BinOp;
use crate::gc::root;
use crate::modules::builtins;
use crate::obj::exc::{self, Exc};
use crate::obj::{self, dict, int, list, tuple, Args, Obj};
use crate::qstr::Qstr;

/// Instructions between polls for Ctrl-C.
const POLL_EVERY: u32 = 1000;

/// Hints for global loads: by the name's id (modulo the size), the position + 1 (0: none)
/// where the name was last found in a globals dict. A hint is checked against the entry's
/// key before use, so a stale or shared one only costs the usual lookup. 128 bytes on a
/// 32-bit board (the state sits on the stack of `runtime::enter`).
pub struct GlobalHints([core::cell::Cell<u16>; GLOBAL_HINTS]);

#[cfg(target_pointer_width = "64")]
const GLOBAL_HINTS: usize = 256;
#[cfg(not(target_pointer_width = "64"))]
const GLOBAL_HINTS: usize = 64;

impl GlobalHints {
    pub const fn new() -> GlobalHints {
        GlobalHints([const { core::cell::Cell::new(0) }; GLOBAL_HINTS])
    }
}

impl Default for GlobalHints {
    fn default() -> Self {
        Self::new()
    }
}

/// Look a name up in the globals, then the builtins.
pub(super) fn load_global(globals: Obj, q: Qstr) -> Result<Obj, Exc> {
    if let Some(d) = globals.downcast::<dict::DictObj>() {
        let hint = &root::state().global_hints.0[q.id() as usize % GLOBAL_HINTS];
        if let Some(pos) = hint.get().checked_sub(1) {
            if let Some(v) = d.table.name_at(q, usize::from(pos)) {
                return Ok(v);
            }
        }
        if let Some((v, pos)) = d.table.get_name_at(q)? {
            hint.set(u16::try_from(pos + 1).unwrap_or(0));
            return Ok(v);
        }
    }
    if let Some(v) = builtins::lookup(q) {
        return Ok(v);
    }
    // `_` at the REPL lives with the builtins, as MicroPython's does.
    #[cfg(mp_feature = "repl_last_result")]
    if q == qstr!("_") && !root::state().repl_last.get().is_null() {
        return Ok(root::state().repl_last.get());
    }
    Err(exc::name_error(q))
}

/// `LoadName`: the frame's namespace, then the globals, then the builtins.
pub(super) fn load_name(f: &Frame, q: Qstr) -> Result<Obj, Exc> {
    if f.locals != f.globals {
        if let Some(d) = f.locals.downcast::<dict::DictObj>() {
            if let Some(v) = d.get_name(q)? {
                return Ok(v);
            }
        }
    }
    load_global(f.globals, q)
}

pub(super) fn store_in(ns: Obj, q: Qstr, v: Obj) -> Result<(), Exc> {
    match ns.downcast::<dict::DictObj>() {
        Some(d) => d.set_name(q, v),
        None => Err(exc::type_error(msg!("globals must be a dict"))),
    }
}

pub(super) fn delete_in(ns: Obj, q: Qstr) -> Result<(), Exc> {
    let d = ns.downcast::<dict::DictObj>().ok_or_else(|| exc::type_error(msg!("globals must be a dict")))?;
    d.remove(Obj::from_qstr(q))?.map(|_| ()).ok_or_else(|| exc::name_error(q))
}

/// The VM's poll point (backward jumps and calls): Ctrl-C every `POLL_EVERY` calls, as
/// [`poll_interrupt`], and then the scheduler's hooks and queue (`crate::sched`), which
/// may run Python code. Native loops call [`poll_interrupt`] instead: they may hold
/// borrows into objects a scheduled function could change.
#[inline]
pub fn poll_vm() -> Result<(), Exc> {
    let st = root::state();
    let n = st.poll_countdown.get();
    if n > 0 {
        st.poll_countdown.set(n - 1);
        return Ok(());
    }
    poll_slow()
}

/// Poll now, whatever the countdown: Ctrl-C, then the scheduler. For waits (`time.sleep`)
/// that should run scheduled functions while they wait, as MicroPython's event hook does.
///
/// # Errors
/// `KeyboardInterrupt`, or what a scheduler hook raises.
#[cold]
#[inline(never)]
pub fn poll_slow() -> Result<(), Exc> {
    root::state().poll_countdown.set(POLL_EVERY);
    if root::with_hal(|h| h.interrupt_pending()).unwrap_or(false) {
        return Err(exc::keyboard_interrupt());
    }
    #[cfg(mp_feature = "scheduler")]
    crate::sched::run_pending()?;
    Ok(())
}

/// Poll the board for Ctrl-C every `POLL_EVERY` calls.
#[inline]
pub fn poll_interrupt() -> Result<(), Exc> {
    let st = root::state();
    let n = st.poll_countdown.get();
    if n > 0 {
        st.poll_countdown.set(n - 1);
        return Ok(());
    }
    st.poll_countdown.set(POLL_EVERY);
    // Something scheduled waits for the VM's next poll point: keep the countdown at zero.
    #[cfg(mp_feature = "scheduler")]
    if crate::sched::pending() {
        st.poll_countdown.set(0);
    }
    if root::with_hal(|h| h.interrupt_pending()).unwrap_or(false) {
        return Err(exc::keyboard_interrupt());
    }
    Ok(())
}

/// The exception `raise o` raises: an instance as is, a class instantiated.
pub fn raise_obj(o: Obj) -> Exc {
    if let Some(e) = Exc::from_obj(o) {
        return e;
    }
    if let Some(t) = o.downcast::<obj::Type>() {
        if t.is_subtype(&exc::BASE_EXCEPTION) {
            return match obj::call(o, &[]) {
                Ok(inst) => Exc::from_obj(inst).unwrap_or_else(exc::memory_error),
                Err(e) => e,
            };
        }
    }
    exc::type_error(msg!("exceptions must derive from BaseException"))
}

pub(super) fn exc_match(e: Obj, ty: Obj) -> Result<bool, Exc> {
    root::check_stack()?;
    if let Some(types) = tuple::as_slice(ty) {
        for &t in types {
            if exc_match(e, t)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    Ok(match ty.downcast::<obj::Type>() {
        Some(t) => e.ty().is_subtype(t),
        None => false,
    })
}

/// `f(*args, **kwargs)` from a list (or tuple) and a dict (or NULL).
pub(super) fn call_ex(f: Obj, args: Obj, kwargs: Obj) -> Result<Obj, Exc> {
    // The list was built for this call; copy its items out so the callee sees a slice
    // that nothing can change under it.
    let mut items: crate::gc::GcVec<Obj> = crate::gc::GcVec::new();
    if let Some(l) = args.downcast::<list::ListObj>() {
        items.reserve(l.len())?;
        for c in l.view() {
            items.push(c.get())?;
        }
    }
    let pos: &[Obj] = if items.is_empty() { tuple::as_slice(args).unwrap_or(&[]) } else { &items };
    let Some(d) = kwargs.downcast::<dict::DictObj>() else { return obj::call_args(f, Args::pos(pos)) };
    let mut kw: crate::gc::GcVec<Obj> = crate::gc::GcVec::new();
    let mut i = 0;
    while let Some((k, v)) = d.next(&mut i) {
        if !obj::str::is_str(k) {
            return Err(crate::obj::str_methods::cant_convert(k, "str"));
        }
        kw.push(k)?;
        kw.push(v)?;
    }
    obj::call_args(f, Args { pos, kw: &kw })
}

/// A set of `items` through the builtin `set` type (absent on boards without sets).
pub(super) fn new_set(items: &[Obj]) -> Result<Obj, Exc> {
    let Some(set) = builtins::lookup(qstr!("set")) else {
        return Err(exc::new_msg(&exc::NOT_IMPLEMENTED_ERROR, msg!("set not supported")));
    };
    if items.is_empty() {
        return obj::call(set, &[]);
    }
    let t = tuple::new(items)?;
    obj::call(set, &[t])
}

/// `tuple(l)` for a list just built by the code.
pub(super) fn list_to_tuple(l: Obj) -> Result<Obj, Exc> {
    let items = collect_items(l)?;
    tuple::new(&items)
}

/// The items of an iterable, copied out (a tuple's slice needs no copy but is copied
/// too, for one simple shape).
pub(super) fn collect_items(seq: Obj) -> Result<crate::gc::GcVec<Obj>, Exc> {
    let mut v: crate::gc::GcVec<Obj> = crate::gc::GcVec::new();
    if let Some(t) = tuple::as_slice(seq) {
        v.extend_from_slice(t)?;
        return Ok(v);
    }
    if let Some(l) = seq.downcast::<list::ListObj>() {
        v.reserve(l.len())?;
        for c in l.view() {
            v.push(c.get())?;
        }
        return Ok(v);
    }
    let it = obj::get_iter(seq)?;
    loop {
        let x = obj::iter_next(it)?;
        if x.is_null() {
            return Ok(v);
        }
        v.push(x)?;
        poll_interrupt()?;
    }
}

/// `dict.update(m)` for `**m` in a call (`unique`: a repeated key is an error) or a dict
/// display: a dict, or anything with `keys()`.
pub(super) fn dict_merge(d: Obj, m: Obj, unique: bool) -> Result<(), Exc> {
    let dd = d.downcast::<dict::DictObj>().ok_or_else(|| exc::type_error(msg!("not a dict")))?;
    if let Some(src) = m.downcast::<dict::DictObj>() {
        let mut i = 0;
        while let Some((k, v)) = src.next(&mut i) {
            if unique && dd.get(k)?.is_some() {
                return Err(exc::multiple_values(k));
            }
            dd.set(k, v)?;
        }
        return Ok(());
    }
    let keys = obj::call(obj::load_attr(m, qstr!("keys"))?, &[])?;
    let it = obj::get_iter(keys)?;
    loop {
        let k = obj::iter_next(it)?;
        if k.is_null() {
            return Ok(());
        }
        if unique && dd.get(k)?.is_some() {
            return Err(exc::multiple_values(k));
        }
        dd.set(k, obj::subscr(m, k, Obj::NULL)?)?;
    }
}

/// `it.send(v)` for `yield from`: `Ok(Ok(y))` when it yielded `y`, `Ok(Err(r))` when it
/// finished returning `r`.
pub(super) fn send_to(it: Obj, v: Obj) -> Result<Result<Obj, Obj>, Exc> {
    if let Some(g) = it.downcast::<crate::obj::gen::GenObj>() {
        return crate::obj::gen::resume(g, v, Obj::NULL);
    }
    let r = if v == Obj::NONE {
        obj::iter_next(it)
    } else {
        let (m, s) = obj::load_method(it, qstr!("send"))?;
        if m.is_null() {
            return Err(exc::attribute_error(it, qstr!("send")));
        }
        if s.is_null() {
            obj::call(m, &[v])
        } else {
            obj::call(m, &[s, v])
        }
    };
    match r {
        Ok(y) if y.is_null() => Ok(Err(Obj::NONE)),
        Ok(y) => Ok(Ok(y)),
        Err(e) if e.is(&exc::STOP_ITERATION) => {
            let val = tuple::as_slice(e.args()).and_then(|a| a.first().copied()).unwrap_or(Obj::NONE);
            Ok(Err(val))
        }
        Err(e) => Err(e),
    }
}

/// `a op b` for two small ints, the hot path.
#[inline]
pub(super) fn small_int_op(op: u8, a: Obj, b: Obj) -> Result<Obj, Exc> {
    let (x, y) = (a.small_int_value(), b.small_int_value());
    const ADD: u8 = BinOp::Add as u8;
    const ADD_I: u8 = BinOp::Add as u8 | BinOp::INPLACE;
    const SUB: u8 = BinOp::Sub as u8;
    const SUB_I: u8 = BinOp::Sub as u8 | BinOp::INPLACE;
    const LT: u8 = BinOp::Lt as u8;
    const GT: u8 = BinOp::Gt as u8;
    const LE: u8 = BinOp::Le as u8;
    const GE: u8 = BinOp::Ge as u8;
    const EQ: u8 = BinOp::Eq as u8;
    const NE: u8 = BinOp::Ne as u8;
    const MUL: u8 = BinOp::Mul as u8;
    const MUL_I: u8 = BinOp::Mul as u8 | BinOp::INPLACE;
    const AND: u8 = BinOp::And as u8;
    const AND_I: u8 = BinOp::And as u8 | BinOp::INPLACE;
    const OR: u8 = BinOp::Or as u8;
    const OR_I: u8 = BinOp::Or as u8 | BinOp::INPLACE;
    const XOR: u8 = BinOp::Xor as u8;
    const XOR_I: u8 = BinOp::Xor as u8 | BinOp::INPLACE;
    const FLOORDIV: u8 = BinOp::FloorDiv as u8;
    const FLOORDIV_I: u8 = BinOp::FloorDiv as u8 | BinOp::INPLACE;
    const MOD: u8 = BinOp::Mod as u8;
    const MOD_I: u8 = BinOp::Mod as u8 | BinOp::INPLACE;
    const RSHIFT: u8 = BinOp::RShift as u8;
    const RSHIFT_I: u8 = BinOp::RShift as u8 | BinOp::INPLACE;
    match op {
        ADD | ADD_I => int::from_i64(x as i64 + y as i64),
        SUB | SUB_I => int::from_i64(x as i64 - y as i64),
        // A product past i64 (only with 64-bit small ints) takes the general path.
        MUL | MUL_I if (x as i64).checked_mul(y as i64).is_some() => int::from_i64(x as i64 * y as i64),
        AND | AND_I => Ok(Obj::small_int(x & y)),
        OR | OR_I => Ok(Obj::small_int(x | y)),
        XOR | XOR_I => Ok(Obj::small_int(x ^ y)),
        // Rounding toward minus infinity, the remainder taking the divisor's sign; a zero
        // divisor raises in the general path.
        FLOORDIV | FLOORDIV_I | MOD | MOD_I if y != 0 => {
            let (x, y) = (x as i64, y as i64);
            let (mut q, mut r) = (x / y, x % y);
            if r != 0 && (r < 0) != (y < 0) {
                q -= 1;
                r += y;
            }
            int::from_i64(if op & !BinOp::INPLACE == FLOORDIV { q } else { r })
        }
        RSHIFT | RSHIFT_I if y >= 0 => Ok(Obj::small_int(x >> y.min(isize::BITS as isize - 1))),
        LT => Ok(Obj::from_bool(x < y)),
        GT => Ok(Obj::from_bool(x > y)),
        LE => Ok(Obj::from_bool(x <= y)),
        GE => Ok(Obj::from_bool(x >= y)),
        EQ => Ok(Obj::from_bool(x == y)),
        NE => Ok(Obj::from_bool(x != y)),
        _ => match BinOp::decode(op) {
            Some((o, _)) => obj::binary_op(o, a, b),
            None => Err(exc::new_msg(&exc::RUNTIME_ERROR, msg!("bad bytecode"))),
        },
    }
}

/// `a op b` when both are floats, or one is a float and the other a small int, for the
/// arithmetic and comparison operators (`None`: take the general path). Skips the
/// in-place and instance checks `binary_op_inplace` makes first; float subclasses are
/// not floats here.
#[cfg(not(mp_float = "none"))]
#[inline]
pub(super) fn float_op(op: u8, a: Obj, b: Obj) -> Option<Result<Obj, Exc>> {
    use crate::obj::float::{self, Float, FLOAT_TYPE};
    let fa = obj::is_type(a, &FLOAT_TYPE);
    let fb = obj::is_type(b, &FLOAT_TYPE);
    let as_float = |o: Obj, is_float: bool| {
        if is_float {
            float::value(o)
        } else if o.is_small_int() {
            Some(o.small_int_value() as Float)
        } else {
            None
        }
    };
    if !(fa || fb) {
        return None;
    }
    let op = match BinOp::decode(op)?.0 {
        o @ (BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv) => o,
        // Comparisons with ints are exact in the general path.
        o @ (BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge | BinOp::Eq | BinOp::Ne) if fa && fb => o,
        _ => return None,
    };
    let (x, y) = (as_float(a, fa)?, as_float(b, fb)?);
    Some(float::op_values(op, x, y))
}

/// Without floats there is no float fast path.
#[cfg(mp_float = "none")]
#[inline]
pub(super) fn float_op(_op: u8, _a: Obj, _b: Obj) -> Option<Result<Obj, Exc>> {
    None
}

/// `o.name` (`LoadAttr`): instances of classes straight to the class code, one call
/// fewer than `obj::load_attr`, which does the same.
#[inline]
pub(super) fn load_attr(o: Obj, q: Qstr) -> Result<Obj, Exc> {
    if o.ty().flags & obj::type_flags::INSTANCE == 0 {
        return obj::load_attr(o, q);
    }
    let (v, self_) = obj::class::instance_load_method(o, q)?;
    if v.is_null() {
        return Err(exc::attribute_error(o, q));
    }
    if self_.is_null() {
        return Ok(v);
    }
    obj::fun::new_bound(v, self_)
}

/// `o.name` for a call (`LoadMethod`), as [`load_attr`] for instances.
#[inline]
pub(super) fn load_method(o: Obj, q: Qstr) -> Result<(Obj, Obj), Exc> {
    if o.ty().flags & obj::type_flags::INSTANCE == 0 {
        return obj::load_method(o, q);
    }
    obj::class::instance_load_method(o, q)
}

/// `o.name = v` (`StoreAttr`), as [`load_attr`] for instances.
#[inline]
pub(super) fn store_attr(o: Obj, q: Qstr, v: Obj) -> Result<(), Exc> {
    if o.ty().flags & obj::type_flags::INSTANCE == 0 {
        return obj::store_attr(o, q, v);
    }
    obj::class::instance_store_attr(o, q, v)
}

/// A call from the dispatch loop: a Python function straight into a new frame (its
/// `call` slot, without `obj::call_args`' dispatch; the frame checks the stack), anything
/// else through `obj::call_args`.
#[inline]
pub(super) fn call(f: Obj, args: Args<'_>) -> Result<Obj, Exc> {
    if obj::is_type(f, &obj::fun::FUN_TYPE) {
        return super::call_fun(f, args);
    }
    obj::call_args(f, args)
}

/// `o[i]` (`value` NULL) or `o[i] = value` from the dispatch loop: a plain list (not a
/// subclass) with a small-int index in range is read or written here; everything else
/// (slices, deletion, errors, other types) goes through `obj::subscr`.
#[inline]
pub(super) fn subscr(o: Obj, index: Obj, value: Obj) -> Result<Obj, Exc> {
    if index.is_small_int() && obj::is_type(o, &list::LIST_TYPE) && value != obj::SENTINEL_DELETE {
        if let Some(l) = o.downcast::<list::ListObj>() {
            let items = l.view();
            let i = index.small_int_value();
            let i = if i < 0 { i.wrapping_add(items.len() as isize) } else { i };
            if let Some(slot) = usize::try_from(i).ok().and_then(|i| items.get(i)) {
                if value.is_null() {
                    return Ok(slot.get());
                }
                slot.set(value);
                return Ok(Obj::NONE);
            }
        }
    }
    obj::subscr(o, index, value)
}
