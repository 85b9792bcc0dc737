//! The bytecode VM: one `loop { fetch; match }` per frame (MicroPython's `vm.c`).
//!
//! A frame's locals and value stack live in one slice: a fixed array on the Rust stack
//! when they fit, a heap block otherwise. Python calls recurse in Rust, guarded by the
//! stack check. Errors unwind to the innermost `SetupExcept` handler of the frame, or
//! leave the frame after adding a traceback record.

use crate::bytecode::{read_u16, BinOp, Op, UnaryOp};
use crate::gc::{root, GcVec};
use crate::modules::builtins;
use crate::obj::code::{flags, Code};
use crate::obj::exc::{self, Exc};
use crate::obj::fun::{self, FunObj};
use crate::obj::{self, cell::CellObj, dict, int, list, tuple, Obj};
use crate::print::{Console, PrintKind};
use crate::qstr::Qstr;

/// Frames needing at most this many slots keep them on the Rust stack.
const SMALL_FRAME: usize = 24;
/// Nested `try` blocks per frame.
const MAX_HANDLERS: usize = 16;
/// Instructions between polls for Ctrl-C.
const POLL_EVERY: u32 = 1000;

/// Run module-level code with `globals` (a dict) as its namespace.
///
/// # Errors
/// Whatever the code raises.
pub fn run_module(code: &'static Code, globals: Obj) -> Result<Obj, Exc> {
    run_frame(code, globals, &[], Obj::NULL, Obj::NULL)
}

/// The `call` slot of Python functions.
///
/// # Errors
/// `TypeError` for a wrong argument count, and whatever the function raises.
pub fn call_fun(f: Obj, args: &[Obj]) -> Result<Obj, Exc> {
    let Some(fun) = f.downcast::<FunObj>() else { return Err(exc::type_error("not a function")) };
    run_frame(fun.code, fun.globals, args, fun.defaults, fun.closure)
}

fn run_frame(code: &'static Code, globals: Obj, args: &[Obj], defaults: Obj, closure: Obj) -> Result<Obj, Exc> {
    if root::stack_exhausted() {
        return Err(exc::recursion_error());
    }
    let n_locals = code.n_locals as usize;
    let need = n_locals + code.stack_size as usize + 1;
    let mut small = [Obj::NULL; SMALL_FRAME];
    let mut big: GcVec<Obj> = GcVec::new();
    let slots: &mut [Obj] = if need <= SMALL_FRAME {
        &mut small[..need]
    } else {
        big.reserve(need)?;
        for _ in 0..need {
            big.push(Obj::NULL)?;
        }
        &mut big
    };
    bind_args(code, &mut slots[..n_locals], args, defaults, closure)?;
    execute(code, globals, slots)
}

/// Store the arguments, defaults, `*args`, free cells and fresh cells in the locals.
fn bind_args(code: &Code, locals: &mut [Obj], args: &[Obj], defaults: Obj, closure: Obj) -> Result<(), Exc> {
    let n_pos = code.n_pos_args as usize;
    let varargs = code.flags & flags::VARARGS != 0;
    let defs = tuple::as_slice(defaults).unwrap_or(&[]);
    let given = args.len();
    if (given > n_pos && !varargs) || given + defs.len() < n_pos {
        return Err(exc::arg_count(n_pos, given));
    }
    let n = given.min(n_pos);
    let (named, rest) = locals.split_at_mut(n_pos.min(locals.len()));
    named[..n].copy_from_slice(&args[..n]);
    for (i, slot) in named.iter_mut().enumerate().skip(n) {
        *slot = defs[defs.len() - (n_pos - i)];
    }
    if varargs {
        if let Some(slot) = rest.first_mut() {
            *slot = tuple::new(args.get(n_pos..).unwrap_or(&[]))?;
        }
    }
    let free = tuple::as_slice(closure).unwrap_or(&[]);
    let nf = (code.n_free as usize).min(free.len()).min(locals.len());
    let start = locals.len() - nf;
    locals[start..].copy_from_slice(&free[..nf]);
    for &c in code.cells {
        if let Some(slot) = locals.get_mut(c as usize) {
            *slot = obj::cell::new(*slot)?;
        }
    }
    Ok(())
}

#[derive(Clone, Copy)]
struct Handler {
    target: usize,
    sp: usize,
}

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

fn store_global(globals: Obj, q: Qstr, v: Obj) -> Result<(), Exc> {
    match globals.downcast::<dict::DictObj>() {
        Some(d) => d.set(Obj::from_qstr(q), v),
        None => Err(exc::type_error("globals must be a dict")),
    }
}

fn delete_global(globals: Obj, q: Qstr) -> Result<(), Exc> {
    let d = globals.downcast::<dict::DictObj>().ok_or_else(|| exc::type_error("globals must be a dict"))?;
    d.remove(Obj::from_qstr(q))?.map(|_| ()).ok_or_else(|| exc::name_error(q))
}

/// Poll the board for Ctrl-C every `POLL_EVERY` calls.
#[inline]
fn poll_interrupt() -> Result<(), Exc> {
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

/// `import name`: the cached module, or the board's built-in module.
///
/// # Errors
/// `ImportError` when the board has no such module.
pub fn import(name: Qstr) -> Result<Obj, Exc> {
    let st = root::state();
    let key = Obj::from_qstr(name);
    if let Some(d) = st.loaded.get().downcast::<dict::DictObj>() {
        if let Some(m) = d.get(key)? {
            return Ok(m);
        }
    }
    let Some(m) = st.modules.get(name.as_str()) else { return Err(exc::import_error(name)) };
    let m = Obj::from_static(*m);
    if let Some(d) = st.loaded.get().downcast::<dict::DictObj>() {
        d.set(key, m)?;
    }
    Ok(m)
}

fn raise_obj(o: Obj) -> Exc {
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

fn exc_match(e: Obj, ty: Obj) -> bool {
    if let Some(types) = tuple::as_slice(ty) {
        return types.iter().any(|&t| exc_match(e, t));
    }
    match ty.downcast::<obj::Type>() {
        Some(t) => e.ty().is_subtype(t),
        None => false,
    }
}

/// Run `code` in a frame whose locals and value stack are `slots`.
fn execute(code: &'static Code, globals: Obj, slots: &mut [Obj]) -> Result<Obj, Exc> {
    let bc = code.bytecode;
    let n_locals = code.n_locals as usize;
    let mut sp = n_locals; // next free stack slot
    let mut pc = 0usize;
    let mut handlers = [Handler { target: 0, sp: 0 }; MAX_HANDLERS];
    let mut n_handlers = 0usize;
    let st = root::state();

    macro_rules! push {
        ($v:expr) => {{
            let v = $v;
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

    let mut op_pc;
    let mut reraise;
    loop {
        reraise = false;
        // Run instructions until a return (`break Ok`) or an exception (`break Err`).
        let outcome: Result<Obj, Exc> = loop {
            op_pc = pc;
            let Some(op) = bc.get(pc).and_then(|&b| Op::from_u8(b)) else {
                break Err(exc::new_msg(&exc::RUNTIME_ERROR, "bad bytecode"));
            };
            let arg = read_u16(bc, pc + 1) as usize;
            let arg8 = bc.get(pc + 1).copied().unwrap_or(0);
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
                Op::LoadFast => {
                    let v = slots.get(arg).copied().unwrap_or(Obj::NULL);
                    if v.is_null() {
                        let name = code.local_names.get(arg).copied().unwrap_or(qstr!(""));
                        break Err(exc::unbound_local(name));
                    }
                    push!(v);
                }
                Op::StoreFast => {
                    let v = pop!();
                    if let Some(s) = slots.get_mut(arg) {
                        *s = v;
                    }
                }
                Op::DeleteFast => {
                    if let Some(s) = slots.get_mut(arg) {
                        if s.is_null() {
                            let name = code.local_names.get(arg).copied().unwrap_or(qstr!(""));
                            break Err(exc::unbound_local(name));
                        }
                        *s = Obj::NULL;
                    }
                }
                Op::LoadDeref => {
                    let c = slots.get(arg).and_then(|c| c.downcast::<CellObj>());
                    let v = c.map_or(Obj::NULL, |c| c.value.get());
                    if v.is_null() {
                        let name = code.local_names.get(arg).copied().unwrap_or(qstr!(""));
                        break Err(exc::unbound_local(name));
                    }
                    push!(v);
                }
                Op::StoreDeref => {
                    let v = pop!();
                    if let Some(c) = slots.get(arg).and_then(|c| c.downcast::<CellObj>()) {
                        c.value.set(v);
                    }
                }
                Op::LoadClosure => push!(slots.get(arg).copied().unwrap_or(Obj::NULL)),
                Op::LoadName | Op::LoadGlobal => {
                    let v = tri!(load_global(globals, Qstr::from_id(arg as u16)));
                    push!(v);
                }
                Op::StoreName | Op::StoreGlobal => {
                    let v = pop!();
                    tri!(store_global(globals, Qstr::from_id(arg as u16), v));
                }
                Op::DeleteName | Op::DeleteGlobal => tri!(delete_global(globals, Qstr::from_id(arg as u16))),
                Op::LoadAttr => {
                    let o = pop!();
                    push!(tri!(obj::load_attr(o, Qstr::from_id(arg as u16))));
                }
                Op::StoreAttr | Op::DeleteAttr => {
                    let o = pop!();
                    if op == Op::StoreAttr {
                        pop!();
                    }
                    break Err(exc::attribute_error(o, Qstr::from_id(arg as u16)));
                }
                Op::LoadMethod => {
                    let o = pop!();
                    let q = Qstr::from_id(arg as u16);
                    let m = tri!(obj::load_attr(o, q));
                    // Unwrap a freshly bound method: call it with self on the stack instead.
                    match m.downcast::<fun::BoundMethod>() {
                        Some(b) if b.self_ == o => {
                            push!(b.meth);
                            push!(o);
                        }
                        _ => {
                            push!(m);
                            push!(Obj::NULL);
                        }
                    }
                }
                Op::CallMethod => {
                    let n = arg8 as usize;
                    if sp < n_locals + n + 2 {
                        break Err(exc::new_msg(&exc::RUNTIME_ERROR, "stack underflow in frame"));
                    }
                    let base = sp - n - 2;
                    let meth = slots[base];
                    let first = if slots[base + 1].is_null() { base + 2 } else { base + 1 };
                    tri!(poll_interrupt());
                    let r = tri!(obj::call(meth, &slots[first..sp]));
                    sp = base;
                    push!(r);
                }
                Op::CallFunction => {
                    let n = arg8 as usize;
                    if sp < n_locals + n + 1 {
                        break Err(exc::new_msg(&exc::RUNTIME_ERROR, "stack underflow in frame"));
                    }
                    let base = sp - n - 1;
                    tri!(poll_interrupt());
                    let r = tri!(obj::call(slots[base], &slots[base + 1..sp]));
                    sp = base;
                    push!(r);
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
                Op::ImportName => push!(tri!(import(Qstr::from_id(arg as u16)))),
                Op::ImportFrom => {
                    let m = top!();
                    let q = Qstr::from_id(arg as u16);
                    let v = tri!(obj::lookup_attr(m, q));
                    if v.is_null() {
                        break Err(exc::new_msg3(&exc::IMPORT_ERROR, "cannot import name ", q.as_str(), ""));
                    }
                    push!(v);
                }
                Op::BinaryOp => {
                    let b = pop!();
                    let a = pop!();
                    let r = if a.is_small_int() && b.is_small_int() {
                        tri!(small_int_op(arg8, a, b))
                    } else {
                        match BinOp::decode(arg8) {
                            Some((op, _)) => tri!(obj::binary_op(op, a, b)),
                            None => break Err(exc::new_msg(&exc::RUNTIME_ERROR, "bad bytecode")),
                        }
                    };
                    push!(r);
                }
                Op::UnaryOp => {
                    let a = pop!();
                    match UnaryOp::decode(arg8) {
                        Some(u) => push!(tri!(obj::unary_op(u, a))),
                        None => break Err(exc::new_msg(&exc::RUNTIME_ERROR, "bad bytecode")),
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
                    if sp < n_locals + arg {
                        break Err(exc::new_msg(&exc::RUNTIME_ERROR, "stack underflow in frame"));
                    }
                    let items = &slots[sp - arg..sp];
                    let r = match op {
                        Op::BuildTuple => tri!(tuple::new(items)),
                        Op::BuildList => tri!(list::new(items)),
                        _ => break Err(exc::new_msg(&exc::NOT_IMPLEMENTED_ERROR, "set not supported yet")),
                    };
                    sp -= arg;
                    push!(r);
                }
                Op::BuildMap => {
                    if sp < n_locals + 2 * arg {
                        break Err(exc::new_msg(&exc::RUNTIME_ERROR, "stack underflow in frame"));
                    }
                    let d = tri!(dict::new());
                    if let Some(dd) = d.downcast::<dict::DictObj>() {
                        let pairs = &slots[sp - 2 * arg..sp];
                        tri!(pairs.chunks(2).try_for_each(|kv| dd.set(kv[0], kv[1])));
                    }
                    sp -= 2 * arg;
                    push!(d);
                }
                Op::ListAppend => {
                    let v = pop!();
                    let Some(&l) = sp.checked_sub(arg).and_then(|i| slots.get(i)) else {
                        break Err(exc::new_msg(&exc::RUNTIME_ERROR, "stack underflow in frame"));
                    };
                    tri!(list::append(l, v));
                }
                Op::UnpackSequence => {
                    let seq = pop!();
                    if sp + arg > slots.len() {
                        break Err(exc::new_msg(&exc::RUNTIME_ERROR, "stack overflow in frame"));
                    }
                    tri!(obj::unpack(seq, &mut slots[sp..sp + arg]));
                    slots[sp..sp + arg].reverse();
                    sp += arg;
                }
                Op::MakeFunction | Op::MakeFunctionDefaults | Op::MakeClosure => {
                    let extra = if op == Op::MakeFunction { Obj::NULL } else { pop!() };
                    let c = code.consts.get(arg).copied().unwrap_or(Obj::NONE);
                    let Some(child) = c.downcast::<Code>() else {
                        break Err(exc::new_msg(&exc::RUNTIME_ERROR, "bad bytecode"));
                    };
                    let (defaults, closure) = match op {
                        Op::MakeFunctionDefaults => (extra, Obj::NULL),
                        Op::MakeClosure => (Obj::NULL, extra),
                        _ => (Obj::NULL, Obj::NULL),
                    };
                    push!(tri!(fun::new_fun(child, globals, defaults, closure)));
                }
                Op::ReturnValue => break Ok(pop!()),
                Op::RaiseVarargs => {
                    let e = match arg8 {
                        0 => {
                            let cur = st.current_exc.get();
                            match Exc::from_obj(cur) {
                                Some(e) => break Err(e),
                                None => exc::new_msg(&exc::RUNTIME_ERROR, "no active exception to reraise"),
                            }
                        }
                        1 => raise_obj(pop!()),
                        _ => {
                            pop!();
                            raise_obj(pop!())
                        }
                    };
                    e.clear_traceback();
                    break Err(e);
                }
                Op::SetupExcept => {
                    if n_handlers == MAX_HANDLERS {
                        break Err(exc::new_msg(&exc::RUNTIME_ERROR, "too many nested try blocks"));
                    }
                    handlers[n_handlers] = Handler { target: arg, sp };
                    n_handlers += 1;
                }
                Op::PopBlock => n_handlers = n_handlers.saturating_sub(1),
                Op::PopExcept => st.current_exc.set(Obj::NULL),
                Op::ExcMatch => {
                    let t = pop!();
                    let e = top!();
                    push!(Obj::from_bool(exc_match(e, t)));
                }
                Op::Reraise => {
                    let e = pop!();
                    match Exc::from_obj(e) {
                        Some(e) => {
                            reraise = true;
                            break Err(e);
                        }
                        None => break Err(exc::type_error("exceptions must derive from BaseException")),
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
            Ok(v) => return Ok(v),
            Err(e) => {
                if !reraise {
                    e.add_traceback(code.file, code.line_at(op_pc), code.name);
                }
                if n_handlers == 0 {
                    return Err(e);
                }
                n_handlers -= 1;
                let h = handlers[n_handlers];
                sp = h.sp;
                st.current_exc.set(e.obj());
                if let Some(s) = slots.get_mut(sp) {
                    *s = e.obj();
                    sp += 1;
                }
                pc = h.target;
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
