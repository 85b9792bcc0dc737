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
mod ops;
pub use ops::GlobalHints;

pub use frame::{
    bind_args, call_fun, current_globals, current_locals, execute, run_class_body, run_module, Frame, Outcome,
    HANDLER_SLOTS,
};
use ops::{
    call_ex, collect_items, delete_in, dict_merge, exc_match, list_to_tuple, load_global, load_name, new_set, send_to,
    small_int_op, store_in,
};
pub use ops::{poll_interrupt, poll_slow as poll_events, raise_obj};

use crate::bytecode::{byte as ob, BinOp, Op, UnaryOp};
use crate::modules::builtins;
use crate::obj::code::Code;
use crate::obj::exc::{self, Exc};
use crate::obj::{self, cell::CellObj, dict, fun, list, tuple, Args, Obj};
use crate::print::{Console, PrintKind};
use crate::qstr::Qstr;

/// The opcode byte at `pc` and the two bytes after it, 0 past the end (an opcode byte
/// past the end is 0xff, no opcode).
#[cold]
fn fetch_tail(bc: &[u8], pc: usize) -> (u8, u16) {
    let at = |i: usize| bc.get(i).copied();
    (at(pc).unwrap_or(0xff), u16::from_le_bytes([at(pc + 1).unwrap_or(0), at(pc + 2).unwrap_or(0)]))
}

// The VM's checks of malformed bytecode fail through these: a call without arguments at
// each of the many push and pop sites, not the message's three.
#[cold]
#[inline(never)]
fn stack_overflow() -> Exc {
    exc::new_msg(&exc::RUNTIME_ERROR, msg!("stack overflow in frame"))
}

#[cold]
#[inline(never)]
fn stack_underflow() -> Exc {
    exc::new_msg(&exc::RUNTIME_ERROR, msg!("stack underflow in frame"))
}

#[cold]
#[inline(never)]
fn bad_bytecode() -> Exc {
    exc::new_msg(&exc::RUNTIME_ERROR, msg!("bad bytecode"))
}

fn run(f: &mut Frame, slots: &mut [Obj], throw: Obj) -> Outcome {
    let code: &'static Code = f.code;
    let bc = code.bytecode();
    let consts = code.consts();
    let n_locals = code.n_locals as usize;
    // The value stack (after the locals) ends where the handler stack starts: `slots` is
    // the locals and the value stack, `handlers` the rest, so a push checks one bound.
    let hbase = Frame::handler_base(code).min(slots.len());
    let (slots, handlers) = slots.split_at_mut(hbase);
    let mut sp = f.sp;
    let mut pc = f.pc;

    macro_rules! push {
        ($v:expr) => {{
            let v = $v;
            match slots.get_mut(sp) {
                Some(s) => *s = v,
                None => break Err(stack_overflow()),
            }
            sp += 1;
        }};
    }
    macro_rules! pop {
        () => {{
            if sp <= n_locals {
                break Err(stack_underflow());
            }
            sp -= 1;
            slots[sp]
        }};
    }
    macro_rules! top {
        () => {{
            if sp <= n_locals {
                break Err(stack_underflow());
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
                break Err(stack_underflow());
            }
        }};
    }
    macro_rules! bad {
        () => {
            break Err(bad_bytecode())
        };
    }

    let mut op_pc = pc;
    let mut reraise;
    let mut pending = Exc::from_obj(throw);
    loop {
        reraise = false;
        // Run instructions until a return (`break Ok`) or an exception (`break Err`).
        // A generator's `throw` is raised at the current instruction, before it runs.
        let outcome: Result<Obj, Exc> = if let Some(e) = pending.take() {
            Err(e)
        } else {
            loop {
                op_pc = pc;
                // One range check for the opcode and both operand bytes; only the last
                // instructions of the code take the slow path.
                // `pc` is below 2^16 + 3 (jump targets are 16-bit): as a u32 it tells the
                // compiler that `p + 3` cannot overflow, which leaves one compare.
                let p = pc as u32 as usize;
                let (byte, arg16) = match bc.get(p..p + 3) {
                    Some(&[o, a, b]) => (o, u16::from_le_bytes([a, b])),
                    _ => fetch_tail(bc, pc),
                };
                let (arg8, arg8b) = (arg16 as u8, (arg16 >> 8) as u8);
                let arg = arg16 as usize;
                pc += Op::insn_len(byte);
                match byte {
                    ob::Nop => {}
                    ob::PopTop => {
                        pop!();
                    }
                    ob::DupTop => {
                        let a = top!();
                        push!(a);
                    }
                    ob::DupTopTwo => {
                        let b = pop!();
                        let a = pop!();
                        push!(a);
                        push!(b);
                        push!(a);
                        push!(b);
                    }
                    ob::RotTwo => {
                        let b = pop!();
                        let a = pop!();
                        push!(b);
                        push!(a);
                    }
                    ob::RotThree => {
                        let c = pop!();
                        let b = pop!();
                        let a = pop!();
                        push!(c);
                        push!(a);
                        push!(b);
                    }
                    ob::LoadConst => push!(consts.get(arg).copied().unwrap_or(Obj::NONE)),
                    ob::LoadConstS => push!(consts.get(usize::from(arg8)).copied().unwrap_or(Obj::NONE)),
                    ob::LoadFast0..=ob::LoadFast15 => {
                        let i = usize::from(byte - ob::LoadFast0);
                        let v = if i < n_locals { slots[i] } else { Obj::NULL };
                        if v.is_null() {
                            break Err(exc::unbound_local());
                        }
                        push!(v);
                    }
                    ob::StoreFast0..=ob::StoreFast15 => {
                        let i = usize::from(byte - ob::StoreFast0);
                        let v = pop!();
                        if i < n_locals {
                            slots[i] = v;
                        }
                    }
                    ob::LoadNone => push!(Obj::NONE),
                    ob::LoadTrue => push!(Obj::TRUE),
                    ob::LoadFalse => push!(Obj::FALSE),
                    ob::LoadNull => push!(Obj::NULL),
                    ob::LoadFast => {
                        let v = if arg < n_locals { slots[arg] } else { Obj::NULL };
                        if v.is_null() {
                            break Err(exc::unbound_local());
                        }
                        push!(v);
                    }
                    ob::StoreFast => {
                        let v = pop!();
                        if arg < n_locals {
                            slots[arg] = v;
                        }
                    }
                    ob::DeleteFast => {
                        if arg < n_locals {
                            if slots[arg].is_null() {
                                break Err(exc::unbound_local());
                            }
                            slots[arg] = Obj::NULL;
                        }
                    }
                    ob::LoadDeref => {
                        let c = slots.get(arg).filter(|_| arg < n_locals).and_then(|c| c.downcast::<CellObj>());
                        let v = c.map_or(Obj::NULL, |c| c.value.get());
                        if v.is_null() {
                            break Err(exc::unbound_local());
                        }
                        push!(v);
                    }
                    ob::StoreDeref => {
                        let v = pop!();
                        if let Some(c) = slots.get(arg).filter(|_| arg < n_locals).and_then(|c| c.downcast::<CellObj>())
                        {
                            c.value.set(v);
                        }
                    }
                    ob::LoadClosure => push!(if arg < n_locals { slots[arg] } else { Obj::NULL }),
                    ob::LoadName => push!(tri!(load_name(f, Qstr::from_id(arg as u16)))),
                    ob::LoadGlobal => push!(tri!(load_global(f.globals, Qstr::from_id(arg as u16)))),
                    ob::StoreName => {
                        let v = pop!();
                        tri!(store_in(f.locals, Qstr::from_id(arg as u16), v));
                    }
                    ob::StoreGlobal => {
                        let v = pop!();
                        tri!(store_in(f.globals, Qstr::from_id(arg as u16), v));
                    }
                    ob::DeleteName => tri!(delete_in(f.locals, Qstr::from_id(arg as u16))),
                    ob::DeleteGlobal => tri!(delete_in(f.globals, Qstr::from_id(arg as u16))),
                    ob::LoadAttr => {
                        let o = pop!();
                        push!(tri!(ops::load_attr(o, Qstr::from_id(arg as u16))));
                    }
                    ob::StoreAttr => {
                        let o = pop!();
                        let v = pop!();
                        tri!(ops::store_attr(o, Qstr::from_id(arg as u16), v));
                    }
                    ob::DeleteAttr => {
                        let o = pop!();
                        tri!(obj::store_attr(o, Qstr::from_id(arg as u16), Obj::NULL));
                    }
                    ob::LoadMethod => {
                        let o = pop!();
                        let q = Qstr::from_id(arg as u16);
                        let (m, s) = tri!(ops::load_method(o, q));
                        if m.is_null() {
                            break Err(exc::attribute_error(o, q));
                        }
                        push!(m);
                        push!(s);
                    }
                    ob::CallMethod | ob::CallMethodKw => {
                        let (n, nk) =
                            if byte == ob::CallMethod { (arg8 as usize, 0) } else { (arg8 as usize, arg8b as usize) };
                        need!(n + 2 * nk + 2);
                        let base = sp - n - 2 * nk - 2;
                        let meth = slots[base];
                        let first = if slots[base + 1].is_null() { base + 2 } else { base + 1 };
                        tri!(ops::poll_vm());
                        let kw_at = sp - 2 * nk;
                        let r = tri!(ops::call(meth, Args { pos: &slots[first..kw_at], kw: &slots[kw_at..sp] }));
                        sp = base;
                        push!(r);
                    }
                    ob::CallFunction | ob::CallFunctionKw => {
                        let (n, nk) =
                            if byte == ob::CallFunction { (arg8 as usize, 0) } else { (arg8 as usize, arg8b as usize) };
                        need!(n + 2 * nk + 1);
                        let base = sp - n - 2 * nk - 1;
                        tri!(ops::poll_vm());
                        let kw_at = sp - 2 * nk;
                        let r =
                            tri!(ops::call(slots[base], Args { pos: &slots[base + 1..kw_at], kw: &slots[kw_at..sp] }));
                        sp = base;
                        push!(r);
                    }
                    ob::CallFunctionEx => {
                        let kwargs = pop!();
                        let args = pop!();
                        let func = pop!();
                        tri!(ops::poll_vm());
                        push!(tri!(call_ex(func, args, kwargs)));
                    }
                    ob::LoadSubscr => {
                        let i = pop!();
                        let o = pop!();
                        push!(tri!(ops::subscr(o, i, Obj::NULL)));
                    }
                    ob::StoreSubscr => {
                        let i = pop!();
                        let o = pop!();
                        let v = pop!();
                        tri!(ops::subscr(o, i, v));
                    }
                    ob::DeleteSubscr => {
                        let i = pop!();
                        let o = pop!();
                        tri!(obj::subscr(o, i, obj::SENTINEL_DELETE));
                    }
                    ob::ImportName => {
                        let flags = bc.get(op_pc + 3).copied().unwrap_or(0);
                        let m = tri!(import::import_name(
                            Qstr::from_id(arg as u16),
                            flags & 0x7f,
                            flags & 0x80 != 0,
                            f.globals
                        ));
                        push!(m);
                    }
                    ob::ImportFrom => {
                        let m = top!();
                        push!(tri!(import::import_from(m, Qstr::from_id(arg as u16))));
                    }
                    ob::ImportStar => {
                        let m = pop!();
                        tri!(import::import_star(m, f.locals));
                    }
                    ob::BinaryOp => {
                        let b = pop!();
                        let a = pop!();
                        let r = if a.is_small_int() && b.is_small_int() {
                            tri!(small_int_op(arg8, a, b))
                        } else if let Some(r) = ops::float_op(arg8, a, b) {
                            tri!(r)
                        } else if arg8 == BinOp::Is as u8 {
                            Obj::from_bool(a == b)
                        } else if arg8 == BinOp::IsNot as u8 {
                            Obj::from_bool(a != b)
                        } else {
                            match BinOp::decode(arg8) {
                                Some((op, inplace)) => tri!(obj::binary_op_inplace(op, inplace, a, b)),
                                None => bad!(),
                            }
                        };
                        push!(r);
                    }
                    ob::UnaryOp => {
                        let a = pop!();
                        match UnaryOp::decode(arg8) {
                            Some(u) => push!(tri!(obj::unary_op(u, a))),
                            None => bad!(),
                        }
                    }
                    ob::Jump => {
                        if arg <= op_pc {
                            tri!(ops::poll_vm());
                        }
                        pc = arg;
                    }
                    ob::PopJumpIfFalse | ob::PopJumpIfTrue => {
                        let v = pop!();
                        let t = if v == Obj::TRUE {
                            true
                        } else if v == Obj::FALSE {
                            false
                        } else {
                            tri!(obj::is_true(v))
                        };
                        if t == (byte == ob::PopJumpIfTrue) {
                            if arg <= op_pc {
                                tri!(ops::poll_vm());
                            }
                            pc = arg;
                        }
                    }
                    ob::JumpIfFalseOrPop | ob::JumpIfTrueOrPop => {
                        let v = top!();
                        if tri!(obj::is_true(v)) == (byte == ob::JumpIfTrueOrPop) {
                            pc = arg;
                        } else {
                            pop!();
                        }
                    }
                    ob::GetIter => {
                        let o = pop!();
                        push!(tri!(obj::get_iter(o)));
                    }
                    ob::ForIter => {
                        let it = top!();
                        let x = tri!(obj::iter_next(it));
                        if x.is_null() {
                            pop!();
                            pc = arg;
                        } else {
                            push!(x);
                        }
                    }
                    ob::BuildTuple | ob::BuildList | ob::BuildSet => {
                        need!(arg);
                        let items = &slots[sp - arg..sp];
                        let r = match byte {
                            ob::BuildTuple => tri!(tuple::new(items)),
                            ob::BuildList => tri!(list::new(items)),
                            _ => tri!(new_set(items)),
                        };
                        sp -= arg;
                        push!(r);
                    }
                    ob::ListToTuple => {
                        let l = pop!();
                        push!(tri!(list_to_tuple(l)));
                    }
                    ob::SetAdd | ob::SetUpdate | ob::DictUpdate => {
                        let v = pop!();
                        if arg == 0 || sp < n_locals + arg {
                            bad!();
                        }
                        let c = slots[sp - arg];
                        if byte == ob::DictUpdate {
                            tri!(dict_merge(c, v, false));
                            continue;
                        }
                        let name = match byte {
                            ob::SetAdd => qstr!("add"),
                            _ => qstr!("update"),
                        };
                        let (m, s) = tri!(obj::load_method(c, name));
                        if m.is_null() {
                            bad!();
                        }
                        tri!(obj::call(m, &[s, v]));
                    }
                    ob::UnpackEx => {
                        let seq = pop!();
                        let (before, after) = (arg8 as usize, arg8b as usize);
                        if sp + before + after + 1 > hbase {
                            break Err(stack_overflow());
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
                    ob::DeleteDeref => {
                        let c = slots.get(arg).filter(|_| arg < n_locals).and_then(|c| c.downcast::<CellObj>());
                        match c {
                            Some(c) if !c.value.get().is_null() => c.value.set(Obj::NULL),
                            _ => {
                                break Err(exc::unbound_local());
                            }
                        }
                    }
                    #[cfg(mp_feature = "slice")]
                    ob::BuildSlice => {
                        let step = if arg8 == 3 { pop!() } else { Obj::NONE };
                        let stop = pop!();
                        let start = pop!();
                        // `x[a:b]` / `x[a:b] = v` on a built-in sequence: no slice object.
                        let parts = obj::slice::Parts { start, stop, step };
                        let next = bc.get(pc).copied();
                        if next == Some(ob::LoadSubscr) && sp > n_locals {
                            if let Some(r) = obj::slice::subscr_parts(slots[sp - 1], parts, Obj::NULL) {
                                slots[sp - 1] = tri!(r);
                                pc += 1;
                                continue;
                            }
                        } else if next == Some(ob::StoreSubscr) && sp > n_locals + 1 {
                            if let Some(r) = obj::slice::subscr_parts(slots[sp - 1], parts, slots[sp - 2]) {
                                tri!(r);
                                sp -= 2;
                                pc += 1;
                                continue;
                            }
                        }
                        push!(tri!(obj::slice::new(start, stop, step)));
                    }
                    ob::BuildMap => {
                        need!(2 * arg);
                        let d = tri!(dict::new());
                        if let Some(dd) = d.downcast::<dict::DictObj>() {
                            // A display's entries, exactly (MicroPython's `BUILD_MAP n` too):
                            // `{'a': 1}` takes one slot, not the four a growing dict starts with.
                            tri!(dd.table.reserve_exact(arg));
                            let pairs = &slots[sp - 2 * arg..sp];
                            tri!(pairs.chunks(2).try_for_each(|kv| dd.set(kv[0], kv[1])));
                        }
                        sp -= 2 * arg;
                        push!(d);
                    }
                    ob::ListAppend | ob::ListExtend | ob::DictMerge => {
                        let v = pop!();
                        if arg == 0 || sp < n_locals + arg {
                            bad!();
                        }
                        let c = slots[sp - arg];
                        match byte {
                            ob::ListAppend => tri!(list::append(c, v)),
                            ob::ListExtend => tri!(list::extend(c, v)),
                            _ => tri!(dict_merge(c, v, true)),
                        }
                    }
                    ob::MapAdd => {
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
                    ob::UnpackSequence => {
                        let seq = pop!();
                        if sp + arg > hbase {
                            break Err(stack_overflow());
                        }
                        tri!(obj::unpack(seq, &mut slots[sp..sp + arg]));
                        slots[sp..sp + arg].reverse();
                        sp += arg;
                    }
                    ob::MakeFunction => {
                        let flags = bc.get(op_pc + 3).copied().unwrap_or(0);
                        let closure = if flags & 4 != 0 { pop!() } else { Obj::NULL };
                        let kw_defaults = if flags & 2 != 0 { pop!() } else { Obj::NULL };
                        let defaults = if flags & 1 != 0 { pop!() } else { Obj::NULL };
                        let c = consts.get(arg).copied().unwrap_or(Obj::NONE);
                        let Some(child) = c.downcast::<Code>() else { bad!() };
                        push!(tri!(fun::new_fun(child, f.globals, defaults, kw_defaults, closure)));
                    }
                    ob::LoadBuildClass => push!(Obj::from_static(&builtins::BUILD_CLASS)),
                    ob::ReturnValue => break Ok(pop!()),
                    ob::YieldValue => {
                        let v = pop!();
                        f.pc = pc;
                        f.sp = sp;
                        return Outcome::Yielded(v);
                    }
                    ob::YieldFrom => {
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
                    ob::RaiseVarargs => {
                        let e = match arg8 {
                            0 => match Exc::from_obj(f.exc) {
                                Some(e) => {
                                    reraise = true;
                                    break Err(e);
                                }
                                None => exc::new_msg(&exc::RUNTIME_ERROR, msg!("no active exception to reraise")),
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
                    ob::SetupExcept => {
                        let at = HANDLER_SLOTS * f.n_handlers;
                        let Some(h) = handlers.get_mut(at..at + HANDLER_SLOTS) else {
                            break Err(exc::new_msg(&exc::RUNTIME_ERROR, msg!("too many nested try blocks")));
                        };
                        h[0] = Obj::small_int(arg as isize);
                        h[1] = Obj::small_int(sp as isize);
                        h[2] = f.exc;
                        f.n_handlers += 1;
                    }
                    ob::PopBlock => f.n_handlers = f.n_handlers.saturating_sub(1),
                    ob::PopExcept => {
                        let prev = pop!();
                        f.exc = if prev == Obj::NONE { Obj::NULL } else { prev };
                        // `sys.exc_info()` after a handler: none (MicroPython's, not
                        // CPython's restored outer exception).
                        crate::gc::root::state().current_exc.set(Obj::NULL);
                    }
                    ob::ExcMatch => {
                        let t = pop!();
                        let e = top!();
                        push!(Obj::from_bool(tri!(exc_match(e, t))));
                    }
                    ob::Reraise => {
                        let e = pop!();
                        let prev = pop!();
                        f.exc = if prev == Obj::NONE { Obj::NULL } else { prev };
                        match Exc::from_obj(e) {
                            Some(e) => {
                                reraise = true;
                                break Err(e);
                            }
                            None => break Err(exc::type_error(msg!("exceptions must derive from BaseException"))),
                        }
                    }
                    ob::WithEnter => {
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
                    ob::WithExitNormal => {
                        let s = pop!();
                        let exit = pop!();
                        let none3 = [s, Obj::NONE, Obj::NONE, Obj::NONE];
                        let args = if s.is_null() { &none3[1..] } else { &none3[..] };
                        tri!(obj::call(exit, args));
                    }
                    ob::WithExcept => {
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
                    ob::GetAwaitable
                    | ob::AsyncWithEnter
                    | ob::AsyncWithExitNormal
                    | ob::AsyncWithExcept
                    | ob::WithExceptResult => {
                        bad!()
                    }
                    #[cfg(mp_feature = "async_await")]
                    ob::GetAwaitable => {
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
                    ob::AsyncWithEnter => {
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
                    ob::AsyncWithExitNormal => {
                        let s = pop!();
                        let exit = pop!();
                        let all = [s, Obj::NONE, Obj::NONE, Obj::NONE];
                        let args = if s.is_null() { &all[1..] } else { &all[..] };
                        push!(tri!(obj::call(exit, args)));
                    }
                    #[cfg(mp_feature = "async_await")]
                    ob::AsyncWithExcept => {
                        need!(4);
                        let (exit, s, e) = (slots[sp - 4], slots[sp - 3], slots[sp - 1]);
                        let all = [s, Obj::from_static(e.ty()), e, Obj::NONE];
                        let args = if s.is_null() { &all[1..] } else { &all[..] };
                        push!(tri!(obj::call(exit, args)));
                    }
                    #[cfg(mp_feature = "async_await")]
                    ob::WithExceptResult => {
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
                    ob::PrintExpr => {
                        let v = pop!();
                        if v != Obj::NONE {
                            tri!(obj::print(v, &mut Console, PrintKind::Repr));
                            crate::print::stdout_write(b"\n");
                            #[cfg(mp_feature = "repl_last_result")]
                            crate::gc::root::state().repl_last.set(v);
                        }
                    }
                    _ => bad!(),
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
                let e = if reraise { e } else { e.add_traceback(code.file, code.line_at(op_pc), code.name) };
                if f.n_handlers == 0 {
                    f.pc = pc;
                    f.sp = sp;
                    return Outcome::Raised(e);
                }
                f.n_handlers -= 1;
                let at = HANDLER_SLOTS * f.n_handlers;
                let Some(&[target, depth, saved]) = handlers.get(at..at + HANDLER_SLOTS) else {
                    f.pc = pc;
                    f.sp = n_locals;
                    return Outcome::Raised(bad_bytecode());
                };
                let target = target.small_int_value() as usize;
                let depth = depth.small_int_value() as usize;
                sp = depth.min(hbase.saturating_sub(2)).max(n_locals);
                if sp + 2 > slots.len() {
                    f.pc = pc;
                    f.sp = n_locals;
                    return Outcome::Raised(stack_overflow());
                }
                slots[sp] = if saved.is_null() { Obj::NONE } else { saved };
                slots[sp + 1] = e.obj();
                sp += 2;
                f.exc = e.obj();
                crate::gc::root::state().current_exc.set(e.obj());
                pc = target;
            }
        }
    }
}
