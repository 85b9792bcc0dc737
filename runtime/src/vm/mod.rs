//! The bytecode VM: one `loop { fetch; match }` per frame (MicroPython's `vm.c`).
//!
//! [`execute`] runs a [`Frame`] over its slots (locals, value stack, handler stack) until
//! it returns, yields (generators) or raises. Python calls recurse in Rust, guarded by
//! the stack check. An exception unwinds to the innermost handler of the frame: the
//! value stack is cut back to the handler's depth, the previously handled exception and
//! the new one are pushed, and the new one becomes the frame's exception being handled
//! (`Frame::exc`, per frame, as bare `raise` needs). `PopExcept`/`Reraise` restore the
//! previous one.

mod frame;
pub mod import;

pub use frame::{bind_args, call_fun, run_class_body, run_module, Frame, Outcome, HANDLER_SLOTS};

use crate::bytecode::{BinOp, Op, UnaryOp};
use crate::gc::root;
use crate::modules::builtins;
use crate::obj::code::Code;
use crate::obj::exc::{self, Exc};
use crate::obj::{self, cell::CellObj, dict, fun, int, list, tuple, Args, Obj};
use crate::print::{Console, PrintKind};
use crate::qstr::Qstr;

/// Instructions between polls for Ctrl-C.
const POLL_EVERY: u32 = 1000;

/// Look a name up in the globals, then the builtins.
fn load_global(globals: Obj, q: Qstr) -> Result<Obj, Exc> {
    let key = Obj::from_qstr(q);
    if let Some(d) = globals.downcast::<dict::DictObj>() {
        if let Some(v) = d.get(key)? {
            return Ok(v);
        }
    }
    builtins::lookup(q).ok_or_else(|| exc::name_error(q))
}

/// `LoadName`: the frame's namespace, then the globals, then the builtins.
fn load_name(f: &Frame, q: Qstr) -> Result<Obj, Exc> {
    if f.locals != f.globals {
        if let Some(d) = f.locals.downcast::<dict::DictObj>() {
            if let Some(v) = d.get(Obj::from_qstr(q))? {
                return Ok(v);
            }
        }
    }
    load_global(f.globals, q)
}

fn store_in(ns: Obj, q: Qstr, v: Obj) -> Result<(), Exc> {
    match ns.downcast::<dict::DictObj>() {
        Some(d) => d.set(Obj::from_qstr(q), v),
        None => Err(exc::type_error("globals must be a dict")),
    }
}

fn delete_in(ns: Obj, q: Qstr) -> Result<(), Exc> {
    let d = ns.downcast::<dict::DictObj>().ok_or_else(|| exc::type_error("globals must be a dict"))?;
    d.remove(Obj::from_qstr(q))?.map(|_| ()).ok_or_else(|| exc::name_error(q))
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
    exc::type_error("exceptions must derive from BaseException")
}

fn exc_match(e: Obj, ty: Obj) -> Result<bool, Exc> {
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
fn call_ex(f: Obj, args: Obj, kwargs: Obj) -> Result<Obj, Exc> {
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
            return Err(exc::type_error("keywords must be strings"));
        }
        kw.push(k)?;
        kw.push(v)?;
    }
    obj::call_args(f, Args { pos, kw: &kw })
}

/// A set of `items` through the builtin `set` type (absent on boards without sets).
fn new_set(items: &[Obj]) -> Result<Obj, Exc> {
    let Some(set) = builtins::lookup(qstr!("set")) else {
        return Err(exc::new_msg(&exc::NOT_IMPLEMENTED_ERROR, "set not supported"));
    };
    if items.is_empty() {
        return obj::call(set, &[]);
    }
    let t = tuple::new(items)?;
    obj::call(set, &[t])
}

/// `tuple(l)` for a list just built by the code.
fn list_to_tuple(l: Obj) -> Result<Obj, Exc> {
    let items = collect_items(l)?;
    tuple::new(&items)
}

/// The items of an iterable, copied out (a tuple's slice needs no copy but is copied
/// too, for one simple shape).
fn collect_items(seq: Obj) -> Result<crate::gc::GcVec<Obj>, Exc> {
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
fn dict_merge(d: Obj, m: Obj, unique: bool) -> Result<(), Exc> {
    let dd = d.downcast::<dict::DictObj>().ok_or_else(|| exc::type_error("not a dict"))?;
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
fn send_to(it: Obj, v: Obj) -> Result<Result<Obj, Obj>, Exc> {
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

/// Run the frame `f` over `slots` until it returns, yields or raises. A non-NULL `throw`
/// is raised at the frame's current instruction first (generator `throw()`).
pub fn execute(f: &mut Frame, slots: &mut [Obj], throw: Obj) -> Outcome {
    let code: &'static Code = f.code;
    let bc = code.bytecode;
    let n_locals = code.n_locals as usize;
    let hbase = Frame::handler_base(code);
    let mut sp = f.sp;
    let mut pc = f.pc;

    macro_rules! push {
        ($v:expr) => {{
            let v = $v;
            if sp >= hbase {
                break Err(exc::new_msg(&exc::RUNTIME_ERROR, "stack overflow in frame"));
            }
            match slots.get_mut(sp) {
                Some(s) => *s = v,
                None => break Err(exc::new_msg(&exc::RUNTIME_ERROR, "stack overflow in frame")),
            }
            sp += 1;
        }};
    }
    macro_rules! pop {
        () => {{
            if sp <= n_locals {
                break Err(exc::new_msg(&exc::RUNTIME_ERROR, "stack underflow in frame"));
            }
            sp -= 1;
            slots[sp]
        }};
    }
    macro_rules! top {
        () => {{
            if sp <= n_locals {
                break Err(exc::new_msg(&exc::RUNTIME_ERROR, "stack underflow in frame"));
            }
            slots[sp - 1]
        }};
    }
    macro_rules! tri {
        ($e:expr) => {
            match $e {
                Ok(v) => v,
                Err(e) => break Err(e),
            }
        };
    }
    macro_rules! need {
        ($n:expr) => {{
            let n = $n;
            if sp < n_locals + n {
                break Err(exc::new_msg(&exc::RUNTIME_ERROR, "stack underflow in frame"));
            }
        }};
    }
    macro_rules! bad {
        () => {
            break Err(exc::new_msg(&exc::RUNTIME_ERROR, "bad bytecode"))
        };
    }

    let mut op_pc = pc;
    let mut reraise;
    let mut pending = Exc::from_obj(throw);
    loop {
        reraise = false;
        // Run instructions until a return (`break Ok`) or an exception (`break Err`).
        let outcome: Result<Obj, Exc> = loop {
            if let Some(e) = pending.take() {
                break Err(e);
            }
            op_pc = pc;
            let Some(op) = bc.get(pc).and_then(|&b| Op::from_u8(b)) else { bad!() };
            let (arg8, arg8b) = match bc.get(pc + 1..pc + 3) {
                Some(&[a, b]) => (a, b),
                _ => (bc.get(pc + 1).copied().unwrap_or(0), 0),
            };
            let arg = u16::from_le_bytes([arg8, arg8b]) as usize;
            pc += 1 + op.operand_len();
            match op {
                Op::Nop => {}
                Op::PopTop => {
                    pop!();
                }
                Op::DupTop => {
                    let a = top!();
                    push!(a);
                }
                Op::DupTopTwo => {
                    let b = pop!();
                    let a = pop!();
                    push!(a);
                    push!(b);
                    push!(a);
                    push!(b);
                }
                Op::RotTwo => {
                    let b = pop!();
                    let a = pop!();
                    push!(b);
                    push!(a);
                }
                Op::RotThree => {
                    let c = pop!();
                    let b = pop!();
                    let a = pop!();
                    push!(c);
                    push!(a);
                    push!(b);
                }
                Op::LoadConst => push!(code.consts.get(arg).copied().unwrap_or(Obj::NONE)),
                Op::LoadNone => push!(Obj::NONE),
                Op::LoadTrue => push!(Obj::TRUE),
                Op::LoadFalse => push!(Obj::FALSE),
                Op::LoadNull => push!(Obj::NULL),
                Op::LoadFast => {
                    let v = if arg < n_locals { slots[arg] } else { Obj::NULL };
                    if v.is_null() {
                        let name = code.local_names.get(arg).copied().unwrap_or(qstr!(""));
                        break Err(exc::unbound_local(name));
                    }
                    push!(v);
                }
                Op::StoreFast => {
                    let v = pop!();
                    if arg < n_locals {
                        slots[arg] = v;
                    }
                }
                Op::DeleteFast => {
                    if arg < n_locals {
                        if slots[arg].is_null() {
                            let name = code.local_names.get(arg).copied().unwrap_or(qstr!(""));
                            break Err(exc::unbound_local(name));
                        }
                        slots[arg] = Obj::NULL;
                    }
                }
                Op::LoadDeref => {
                    let c = slots.get(arg).filter(|_| arg < n_locals).and_then(|c| c.downcast::<CellObj>());
                    let v = c.map_or(Obj::NULL, |c| c.value.get());
                    if v.is_null() {
                        let name = code.local_names.get(arg).copied().unwrap_or(qstr!(""));
                        break Err(exc::unbound_local(name));
                    }
                    push!(v);
                }
                Op::StoreDeref => {
                    let v = pop!();
                    if let Some(c) = slots.get(arg).filter(|_| arg < n_locals).and_then(|c| c.downcast::<CellObj>()) {
                        c.value.set(v);
                    }
                }
                Op::LoadClosure => push!(if arg < n_locals { slots[arg] } else { Obj::NULL }),
                Op::LoadName => push!(tri!(load_name(f, Qstr::from_id(arg as u16)))),
                Op::LoadGlobal => push!(tri!(load_global(f.globals, Qstr::from_id(arg as u16)))),
                Op::StoreName => {
                    let v = pop!();
                    tri!(store_in(f.locals, Qstr::from_id(arg as u16), v));
                }
                Op::StoreGlobal => {
                    let v = pop!();
                    tri!(store_in(f.globals, Qstr::from_id(arg as u16), v));
                }
                Op::DeleteName => tri!(delete_in(f.locals, Qstr::from_id(arg as u16))),
                Op::DeleteGlobal => tri!(delete_in(f.globals, Qstr::from_id(arg as u16))),
                Op::LoadAttr => {
                    let o = pop!();
                    push!(tri!(obj::load_attr(o, Qstr::from_id(arg as u16))));
                }
                Op::StoreAttr => {
                    let o = pop!();
                    let v = pop!();
                    tri!(obj::store_attr(o, Qstr::from_id(arg as u16), v));
                }
                Op::DeleteAttr => {
                    let o = pop!();
                    tri!(obj::store_attr(o, Qstr::from_id(arg as u16), Obj::NULL));
                }
                Op::LoadMethod => {
                    let o = pop!();
                    let q = Qstr::from_id(arg as u16);
                    let (m, s) = tri!(obj::load_method(o, q));
                    if m.is_null() {
                        break Err(exc::attribute_error(o, q));
                    }
                    push!(m);
                    push!(s);
                }
                Op::CallMethod | Op::CallMethodKw => {
                    let (n, nk) =
                        if op == Op::CallMethod { (arg8 as usize, 0) } else { (arg8 as usize, arg8b as usize) };
                    need!(n + 2 * nk + 2);
                    let base = sp - n - 2 * nk - 2;
                    let meth = slots[base];
                    let first = if slots[base + 1].is_null() { base + 2 } else { base + 1 };
                    tri!(poll_interrupt());
                    let kw_at = sp - 2 * nk;
                    let r = tri!(obj::call_args(meth, Args { pos: &slots[first..kw_at], kw: &slots[kw_at..sp] }));
                    sp = base;
                    push!(r);
                }
                Op::CallFunction | Op::CallFunctionKw => {
                    let (n, nk) =
                        if op == Op::CallFunction { (arg8 as usize, 0) } else { (arg8 as usize, arg8b as usize) };
                    need!(n + 2 * nk + 1);
                    let base = sp - n - 2 * nk - 1;
                    tri!(poll_interrupt());
                    let kw_at = sp - 2 * nk;
                    let r =
                        tri!(obj::call_args(slots[base], Args { pos: &slots[base + 1..kw_at], kw: &slots[kw_at..sp] }));
                    sp = base;
                    push!(r);
                }
                Op::CallFunctionEx => {
                    let kwargs = pop!();
                    let args = pop!();
                    let func = pop!();
                    tri!(poll_interrupt());
                    push!(tri!(call_ex(func, args, kwargs)));
                }
                Op::LoadSubscr => {
                    let i = pop!();
                    let o = pop!();
                    push!(tri!(obj::subscr(o, i, Obj::NULL)));
                }
                Op::StoreSubscr => {
                    let i = pop!();
                    let o = pop!();
                    let v = pop!();
                    tri!(obj::subscr(o, i, v));
                }
                Op::DeleteSubscr => {
                    let i = pop!();
                    let o = pop!();
                    tri!(obj::subscr(o, i, obj::SENTINEL_DELETE));
                }
                Op::ImportName => {
                    let flags = bc.get(op_pc + 3).copied().unwrap_or(0);
                    let m = tri!(import::import_name(
                        Qstr::from_id(arg as u16),
                        flags & 0x7f,
                        flags & 0x80 != 0,
                        f.globals
                    ));
                    push!(m);
                }
                Op::ImportFrom => {
                    let m = top!();
                    push!(tri!(import::import_from(m, Qstr::from_id(arg as u16))));
                }
                Op::ImportStar => {
                    let m = pop!();
                    tri!(import::import_star(m, f.locals));
                }
                Op::BinaryOp => {
                    let b = pop!();
                    let a = pop!();
                    let r = if a.is_small_int() && b.is_small_int() {
                        tri!(small_int_op(arg8, a, b))
                    } else {
                        match BinOp::decode(arg8) {
                            Some((op, inplace)) => tri!(obj::binary_op_inplace(op, inplace, a, b)),
                            None => bad!(),
                        }
                    };
                    push!(r);
                }
                Op::UnaryOp => {
                    let a = pop!();
                    match UnaryOp::decode(arg8) {
                        Some(u) => push!(tri!(obj::unary_op(u, a))),
                        None => bad!(),
                    }
                }
                Op::Jump => {
                    if arg <= op_pc {
                        tri!(poll_interrupt());
                    }
                    pc = arg;
                }
                Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                    let v = pop!();
                    let t = if v == Obj::TRUE {
                        true
                    } else if v == Obj::FALSE {
                        false
                    } else {
                        tri!(obj::is_true(v))
                    };
                    if t == (op == Op::PopJumpIfTrue) {
                        if arg <= op_pc {
                            tri!(poll_interrupt());
                        }
                        pc = arg;
                    }
                }
                Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
                    let v = top!();
                    if tri!(obj::is_true(v)) == (op == Op::JumpIfTrueOrPop) {
                        pc = arg;
                    } else {
                        pop!();
                    }
                }
                Op::GetIter => {
                    let o = pop!();
                    push!(tri!(obj::get_iter(o)));
                }
                Op::ForIter => {
                    let it = top!();
                    let x = tri!(obj::iter_next(it));
                    if x.is_null() {
                        pop!();
                        pc = arg;
                    } else {
                        push!(x);
                    }
                }
                Op::BuildTuple | Op::BuildList | Op::BuildSet => {
                    need!(arg);
                    let items = &slots[sp - arg..sp];
                    let r = match op {
                        Op::BuildTuple => tri!(tuple::new(items)),
                        Op::BuildList => tri!(list::new(items)),
                        _ => tri!(new_set(items)),
                    };
                    sp -= arg;
                    push!(r);
                }
                Op::ListToTuple => {
                    let l = pop!();
                    push!(tri!(list_to_tuple(l)));
                }
                Op::SetAdd | Op::SetUpdate | Op::DictUpdate => {
                    let v = pop!();
                    if arg == 0 || sp < n_locals + arg {
                        bad!();
                    }
                    let c = slots[sp - arg];
                    if op == Op::DictUpdate {
                        tri!(dict_merge(c, v, false));
                        continue;
                    }
                    let name = match op {
                        Op::SetAdd => qstr!("add"),
                        _ => qstr!("update"),
                    };
                    let (m, s) = tri!(obj::load_method(c, name));
                    if m.is_null() {
                        bad!();
                    }
                    tri!(obj::call(m, &[s, v]));
                }
                Op::UnpackEx => {
                    let seq = pop!();
                    let (before, after) = (arg8 as usize, arg8b as usize);
                    if sp + before + after + 1 > hbase {
                        break Err(exc::new_msg(&exc::RUNTIME_ERROR, "stack overflow in frame"));
                    }
                    let items = tri!(collect_items(seq));
                    if items.len() < before + after {
                        break Err(exc::unpack_error(before + after, items.len()));
                    }
                    let rest = tri!(list::new(&items[before..items.len() - after]));
                    // Room was checked above: the last item lands deepest, the first on top.
                    let mut at = sp;
                    for &x in items[items.len() - after..]
                        .iter()
                        .rev()
                        .chain([rest].iter())
                        .chain(items[..before].iter().rev())
                    {
                        slots[at] = x;
                        at += 1;
                    }
                    sp = at;
                }
                Op::DeleteDeref => {
                    let c = slots.get(arg).filter(|_| arg < n_locals).and_then(|c| c.downcast::<CellObj>());
                    match c {
                        Some(c) if !c.value.get().is_null() => c.value.set(Obj::NULL),
                        _ => {
                            let name = code.local_names.get(arg).copied().unwrap_or(qstr!(""));
                            break Err(exc::unbound_local(name));
                        }
                    }
                }
                Op::BuildSlice => {
                    let step = if arg8 == 3 { pop!() } else { Obj::NONE };
                    let stop = pop!();
                    let start = pop!();
                    push!(tri!(obj::slice::new(start, stop, step)));
                }
                Op::BuildMap => {
                    need!(2 * arg);
                    let d = tri!(dict::new());
                    if let Some(dd) = d.downcast::<dict::DictObj>() {
                        let pairs = &slots[sp - 2 * arg..sp];
                        tri!(pairs.chunks(2).try_for_each(|kv| dd.set(kv[0], kv[1])));
                    }
                    sp -= 2 * arg;
                    push!(d);
                }
                Op::ListAppend | Op::ListExtend | Op::DictMerge => {
                    let v = pop!();
                    if arg == 0 || sp < n_locals + arg {
                        bad!();
                    }
                    let c = slots[sp - arg];
                    match op {
                        Op::ListAppend => tri!(list::append(c, v)),
                        Op::ListExtend => tri!(list::extend(c, v)),
                        _ => tri!(dict_merge(c, v, true)),
                    }
                }
                Op::MapAdd => {
                    let v = pop!();
                    let k = pop!();
                    if arg == 0 || sp < n_locals + arg {
                        bad!();
                    }
                    match slots[sp - arg].downcast::<dict::DictObj>() {
                        Some(d) => tri!(d.set(k, v)),
                        None => bad!(),
                    }
                }
                Op::UnpackSequence => {
                    let seq = pop!();
                    if sp + arg > hbase {
                        break Err(exc::new_msg(&exc::RUNTIME_ERROR, "stack overflow in frame"));
                    }
                    tri!(obj::unpack(seq, &mut slots[sp..sp + arg]));
                    slots[sp..sp + arg].reverse();
                    sp += arg;
                }
                Op::MakeFunction => {
                    let flags = bc.get(op_pc + 3).copied().unwrap_or(0);
                    let closure = if flags & 4 != 0 { pop!() } else { Obj::NULL };
                    let kw_defaults = if flags & 2 != 0 { pop!() } else { Obj::NULL };
                    let defaults = if flags & 1 != 0 { pop!() } else { Obj::NULL };
                    let c = code.consts.get(arg).copied().unwrap_or(Obj::NONE);
                    let Some(child) = c.downcast::<Code>() else { bad!() };
                    push!(tri!(fun::new_fun(child, f.globals, defaults, kw_defaults, closure)));
                }
                Op::LoadBuildClass => push!(Obj::from_static(&builtins::BUILD_CLASS)),
                Op::ReturnValue => break Ok(pop!()),
                Op::YieldValue => {
                    let v = pop!();
                    f.pc = pc;
                    f.sp = sp;
                    return Outcome::Yielded(v);
                }
                Op::YieldFrom => {
                    let v = pop!();
                    let it = top!();
                    match tri!(send_to(it, v)) {
                        Ok(y) => {
                            // Suspended inside the sub-iterator: resume at this instruction.
                            f.pc = op_pc;
                            f.sp = sp;
                            return Outcome::Yielded(y);
                        }
                        Err(r) => {
                            pop!();
                            push!(r);
                        }
                    }
                }
                Op::RaiseVarargs => {
                    let e = match arg8 {
                        0 => match Exc::from_obj(f.exc) {
                            Some(e) => {
                                reraise = true;
                                break Err(e);
                            }
                            None => exc::new_msg(&exc::RUNTIME_ERROR, "no active exception to reraise"),
                        },
                        1 => raise_obj(pop!()),
                        _ => {
                            // The cause is evaluated and dropped: no exception chaining, as MicroPython.
                            pop!();
                            raise_obj(pop!())
                        }
                    };
                    e.clear_traceback();
                    break Err(e);
                }
                Op::SetupExcept => {
                    let at = hbase + HANDLER_SLOTS * f.n_handlers;
                    if f.n_handlers >= code.max_handlers as usize || at + HANDLER_SLOTS > slots.len() {
                        break Err(exc::new_msg(&exc::RUNTIME_ERROR, "too many nested try blocks"));
                    }
                    slots[at] = Obj::small_int(arg as isize);
                    slots[at + 1] = Obj::small_int(sp as isize);
                    slots[at + 2] = f.exc;
                    f.n_handlers += 1;
                }
                Op::PopBlock => f.n_handlers = f.n_handlers.saturating_sub(1),
                Op::PopExcept => {
                    let prev = pop!();
                    f.exc = if prev == Obj::NONE { Obj::NULL } else { prev };
                }
                Op::ExcMatch => {
                    let t = pop!();
                    let e = top!();
                    push!(Obj::from_bool(tri!(exc_match(e, t))));
                }
                Op::Reraise => {
                    let e = pop!();
                    let prev = pop!();
                    f.exc = if prev == Obj::NONE { Obj::NULL } else { prev };
                    match Exc::from_obj(e) {
                        Some(e) => {
                            reraise = true;
                            break Err(e);
                        }
                        None => break Err(exc::type_error("exceptions must derive from BaseException")),
                    }
                }
                Op::WithEnter => {
                    let cm = pop!();
                    let (exit, s) = tri!(obj::load_method(cm, qstr!("__exit__")));
                    if exit.is_null() {
                        break Err(exc::attribute_error(cm, qstr!("__exit__")));
                    }
                    let (enter, es) = tri!(obj::load_method(cm, qstr!("__enter__")));
                    if enter.is_null() {
                        break Err(exc::attribute_error(cm, qstr!("__enter__")));
                    }
                    push!(exit);
                    push!(s);
                    let r = if es.is_null() { tri!(obj::call(enter, &[])) } else { tri!(obj::call(enter, &[es])) };
                    push!(r);
                }
                Op::WithExitNormal => {
                    let s = pop!();
                    let exit = pop!();
                    let none3 = [s, Obj::NONE, Obj::NONE, Obj::NONE];
                    let args = if s.is_null() { &none3[1..] } else { &none3[..] };
                    tri!(obj::call(exit, args));
                }
                Op::WithExcept => {
                    let e = pop!();
                    need!(3);
                    let (exit, s) = (slots[sp - 3], slots[sp - 2]);
                    let all = [s, Obj::from_static(e.ty()), e, Obj::NONE];
                    let args = if s.is_null() { &all[1..] } else { &all[..] };
                    let suppress = tri!(obj::call(exit, args));
                    if !tri!(obj::is_true(suppress)) {
                        let prev = pop!();
                        f.exc = if prev == Obj::NONE { Obj::NULL } else { prev };
                        sp -= 2;
                        match Exc::from_obj(e) {
                            Some(e) => {
                                reraise = true;
                                break Err(e);
                            }
                            None => bad!(),
                        }
                    }
                }
                #[cfg(not(mp_feature = "async_await"))]
                Op::GetAwaitable
                | Op::AsyncWithEnter
                | Op::AsyncWithExitNormal
                | Op::AsyncWithExcept
                | Op::WithExceptResult => {
                    bad!()
                }
                #[cfg(mp_feature = "async_await")]
                Op::GetAwaitable => {
                    let a = pop!();
                    if a.downcast::<crate::obj::gen::GenObj>().is_some() {
                        push!(a);
                    } else {
                        let (m, s) = tri!(obj::load_method(a, qstr!("__await__")));
                        let it = if m.is_null() {
                            tri!(obj::get_iter(a))
                        } else if s.is_null() {
                            tri!(obj::call(m, &[]))
                        } else {
                            tri!(obj::call(m, &[s]))
                        };
                        push!(it);
                    }
                }
                #[cfg(mp_feature = "async_await")]
                Op::AsyncWithEnter => {
                    let cm = pop!();
                    let (exit, s) = tri!(obj::load_method(cm, qstr!("__aexit__")));
                    let (enter, es) = tri!(obj::load_method(cm, qstr!("__aenter__")));
                    if exit.is_null() || enter.is_null() {
                        let q = if exit.is_null() { qstr!("__aexit__") } else { qstr!("__aenter__") };
                        break Err(exc::attribute_error(cm, q));
                    }
                    push!(exit);
                    push!(s);
                    let r = if es.is_null() { tri!(obj::call(enter, &[])) } else { tri!(obj::call(enter, &[es])) };
                    push!(r);
                }
                #[cfg(mp_feature = "async_await")]
                Op::AsyncWithExitNormal => {
                    let s = pop!();
                    let exit = pop!();
                    let all = [s, Obj::NONE, Obj::NONE, Obj::NONE];
                    let args = if s.is_null() { &all[1..] } else { &all[..] };
                    push!(tri!(obj::call(exit, args)));
                }
                #[cfg(mp_feature = "async_await")]
                Op::AsyncWithExcept => {
                    need!(4);
                    let (exit, s, e) = (slots[sp - 4], slots[sp - 3], slots[sp - 1]);
                    let all = [s, Obj::from_static(e.ty()), e, Obj::NONE];
                    let args = if s.is_null() { &all[1..] } else { &all[..] };
                    push!(tri!(obj::call(exit, args)));
                }
                #[cfg(mp_feature = "async_await")]
                Op::WithExceptResult => {
                    let r = pop!();
                    let e = pop!();
                    if !tri!(obj::is_true(r)) {
                        let prev = pop!();
                        f.exc = if prev == Obj::NONE { Obj::NULL } else { prev };
                        need!(2);
                        sp -= 2;
                        match Exc::from_obj(e) {
                            Some(e) => {
                                reraise = true;
                                break Err(e);
                            }
                            None => bad!(),
                        }
                    }
                }
                Op::PrintExpr => {
                    let v = pop!();
                    if v != Obj::NONE {
                        tri!(obj::print(v, &mut Console, PrintKind::Repr));
                        crate::print::stdout_write(b"\n");
                    }
                }
            }
        };
        match outcome {
            Ok(v) => {
                f.pc = pc;
                f.sp = sp;
                return Outcome::Returned(v);
            }
            Err(e) => {
                if !reraise {
                    e.add_traceback(code.file, code.line_at(op_pc), code.name);
                }
                if f.n_handlers == 0 {
                    f.pc = pc;
                    f.sp = sp;
                    return Outcome::Raised(e);
                }
                f.n_handlers -= 1;
                let at = hbase + HANDLER_SLOTS * f.n_handlers;
                let target = slots[at].small_int_value() as usize;
                let depth = slots[at + 1].small_int_value() as usize;
                let saved = slots[at + 2];
                sp = depth.min(hbase.saturating_sub(2)).max(n_locals);
                if sp + 2 > slots.len() {
                    f.pc = pc;
                    f.sp = n_locals;
                    return Outcome::Raised(exc::new_msg(&exc::RUNTIME_ERROR, "stack overflow in frame"));
                }
                slots[sp] = if saved.is_null() { Obj::NONE } else { saved };
                slots[sp + 1] = e.obj();
                sp += 2;
                f.exc = e.obj();
                pc = target;
            }
        }
    }
}
/// `a op b` for two small ints, the hot path.
#[inline]
fn small_int_op(op: u8, a: Obj, b: Obj) -> Result<Obj, Exc> {
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
    match op {
        ADD | ADD_I => int::from_i64(x as i64 + y as i64),
        SUB | SUB_I => int::from_i64(x as i64 - y as i64),
        LT => Ok(Obj::from_bool(x < y)),
        GT => Ok(Obj::from_bool(x > y)),
        LE => Ok(Obj::from_bool(x <= y)),
        GE => Ok(Obj::from_bool(x >= y)),
        EQ => Ok(Obj::from_bool(x == y)),
        NE => Ok(Obj::from_bool(x != y)),
        _ => match BinOp::decode(op) {
            Some((o, _)) => obj::binary_op(o, a, b),
            None => Err(exc::new_msg(&exc::RUNTIME_ERROR, "bad bytecode")),
        },
    }
}
