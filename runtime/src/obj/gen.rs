//! Generators (MicroPython's `objgen.c`): a function whose code yields runs in a frame
//! kept in the heap, resumed by `next()`/`send()`/`throw()`/`close()` and by `for`.
//!
//! The [`GenObj`] holds the [`Frame`] record and a heap block of slots. While the
//! generator runs, the frame is borrowed mutably by the VM; the `running` flag makes a
//! second, re-entrant resume an error (`ValueError: generator already executing`), which
//! is what makes that unique borrow sound.

use crate::obj::TypeExt;
use core::cell::{Cell, UnsafeCell};

use super::repr::{ObjBase, PyObj};
use super::{dict, exc, fun, tuple, Args, Obj, Type};
use crate::gc;
use crate::print::{Print, PrintKind};
use crate::vm::{self, Frame, Outcome};
use exc::Exc;

/// A generator instance.
#[repr(C)]
pub struct GenObj {
    pub base: ObjBase,
    /// The generator function's code (also in the frame; kept here for printing).
    code: &'static crate::obj::code::Code,
    frame: UnsafeCell<Frame>,
    /// The frame's `Frame::n_slots(code)` slots, after the `GenObj` in its block.
    slots: *mut Obj,
    /// 0: not started, 1: suspended at a yield, 2: running, 3: finished.
    state: Cell<u8>,
    /// What `pend_throw` left to raise at the next resume (NULL: nothing).
    pending: Cell<Obj>,
}

const NEW: u8 = 0;
const SUSPENDED: u8 = 1;
const RUNNING: u8 = 2;
const DONE: u8 = 3;

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `GEN_TYPE` objects are `GenObj`s.
unsafe impl PyObj for GenObj {
    const TYPE: Option<&'static Type> = Some(&GEN_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &GEN_TYPE)
    }
}

pub static GEN_TYPE: Type = Type {
    name: qstr!("generator"),
    print: Some(gen_print),
    locals: Some(&GEN_LOCALS),
    ext: Some(&TypeExt { iter: Some(Ok), iternext: Some(gen_iternext), ..TypeExt::EMPTY }),
    ..Type::EMPTY
};

static GEN_SEND: fun::NativeFn = fun::NativeFn::new(qstr!("send"), 2, 2, gen_send);
static GEN_THROW: fun::NativeFn = fun::NativeFn::new(qstr!("throw"), 2, 4, gen_throw);
static GEN_CLOSE: fun::NativeFn = fun::NativeFn::new(qstr!("close"), 1, 1, gen_close);
static GEN_PEND_THROW: fun::NativeFn = fun::NativeFn::new(qstr!("pend_throw"), 2, 2, gen_pend_throw);
static GEN_LOCALS: dict::RomDict = dict::RomDict::new(&crate::obj::dict::sort_entries([
    dict::RomEntry::new(qstr!("send"), Obj::from_static(&GEN_SEND)),
    dict::RomEntry::new(qstr!("throw"), Obj::from_static(&GEN_THROW)),
    dict::RomEntry::new(qstr!("close"), Obj::from_static(&GEN_CLOSE)),
    dict::RomEntry::new(qstr!("pend_throw"), Obj::from_static(&GEN_PEND_THROW)),
]));

/// Calling a generator function: bind the arguments into a heap frame.
///
/// # Errors
/// `TypeError` for a wrong call, `MemoryError`.
pub fn new(f: &'static fun::FunObj, args: Args<'_>) -> Result<Obj, Exc> {
    let code = f.code;
    let n = Frame::n_slots(code);
    let head = core::mem::size_of::<GenObj>();
    let bytes = n.checked_mul(core::mem::size_of::<Obj>()).and_then(|b| b.checked_add(head));
    let block = gc::alloc(bytes.ok_or_else(exc::memory_error)?)?.as_ptr();
    // SAFETY: `block` is a fresh, zeroed, word-aligned heap block with room for a `GenObj`
    // and then `n` slots (`size_of::<GenObj>()` is a multiple of the word); zero bits are
    // `Obj::NULL`. Nothing else refers to it, and `block` (on the stack) keeps it alive
    // until the returned object does.
    let (g, slots) = unsafe {
        let slots = block.add(head) as *mut Obj;
        (block as *mut GenObj).write(GenObj {
            base: ObjBase::new(&GEN_TYPE),
            code,
            frame: UnsafeCell::new(Frame::new(code, f.globals, f.globals)),
            slots,
            state: Cell::new(NEW),
            pending: Cell::new(Obj::NULL),
        });
        (&*(block as *const GenObj), core::slice::from_raw_parts_mut(slots, n))
    };
    let n_locals = code.n_locals as usize;
    vm::bind_args(code, &mut slots[..n_locals], args, f.defaults(), f.kw_defaults(), f.closure())?;
    Ok(Obj::from_ref(g))
}

/// Resume `g` with `send` (None for `next()`) or by raising `throw` (non-NULL) at its
/// yield. `Ok(Ok(v))`: it yielded `v`; `Ok(Err(v))`: it returned `v`.
///
/// # Errors
/// Whatever the generator raises; `ValueError` when it is already running; `TypeError`
/// sending a value into a generator that hasn't started.
pub fn resume(g: &'static GenObj, send: Obj, mut throw: Obj) -> Result<Result<Obj, Obj>, Exc> {
    // `pend_throw`'s value is raised in place of this resume's send (None: nothing); a
    // value that is no exception raises `TypeError`, as `raise` would.
    if throw.is_null() && g.state.get() != RUNNING {
        let pending = g.pending.replace(Obj::NULL);
        if !pending.is_null() && pending != Obj::NONE {
            throw = vm::raise_obj(pending).obj();
        }
    }
    match g.state.get() {
        RUNNING => return Err(exc::value_error(msg!("generator already executing"))),
        DONE => {
            if let Some(e) = Exc::from_obj(throw) {
                return Err(e);
            }
            return Ok(Err(Obj::NONE));
        }
        NEW if throw.is_null() && send != Obj::NONE => {
            return Err(exc::type_error(msg!("can't send non-None value to a just-started generator")));
        }
        _ => {}
    }
    let started = g.state.get() == SUSPENDED;
    g.state.set(RUNNING);
    // SAFETY: the state was not RUNNING and is RUNNING until we return, so this is the
    // only live reference to the frame and the slots (a second resume fails above). The
    // slots are in this generator's block, after it (`new`), which the caller keeps alive.
    let (frame, slots) =
        unsafe { (&mut *g.frame.get(), core::slice::from_raw_parts_mut(g.slots, Frame::n_slots(g.code))) };
    if started && throw.is_null() {
        // The value of the suspended `yield` expression.
        if let Some(s) = slots.get_mut(frame.sp) {
            *s = send;
            frame.sp += 1;
        }
    } else if started && !throw.is_null() {
        if let Some(r) = throw_into_delegate(frame, slots, throw) {
            match r {
                Ok(Ok(y)) => {
                    g.state.set(SUSPENDED);
                    return Ok(Ok(y));
                }
                Ok(Err(v)) => {
                    // The delegate finished: its value is the `yield from` result.
                    frame.sp -= 1;
                    slots[frame.sp] = v;
                    frame.sp += 1;
                    frame.pc += 1;
                    return finish(g, vm::execute(frame, slots, Obj::NULL));
                }
                Err(e) => {
                    frame.sp -= 1;
                    frame.pc += 1;
                    return finish(g, vm::execute(frame, slots, e.obj()));
                }
            }
        }
    }
    finish(g, vm::execute(frame, slots, throw))
}

fn finish(g: &'static GenObj, out: Outcome) -> Result<Result<Obj, Obj>, Exc> {
    match out {
        Outcome::Yielded(v) => {
            g.state.set(SUSPENDED);
            Ok(Ok(v))
        }
        Outcome::Returned(v) => {
            g.state.set(DONE);
            Ok(Err(v))
        }
        Outcome::Raised(e) => {
            g.state.set(DONE);
            // PEP 479, as MicroPython: a StopIteration escaping the generator's code would
            // read as its normal end to the caller.
            if e.is(&exc::STOP_ITERATION) {
                return Err(exc::new_msg(&exc::RUNTIME_ERROR, msg!("generator raised StopIteration")));
            }
            Err(e)
        }
    }
}

/// When the frame is suspended in `yield from`, pass a thrown exception to the
/// sub-iterator's `throw` (or `close` for GeneratorExit) first.
fn throw_into_delegate(frame: &mut Frame, slots: &mut [Obj], throw: Obj) -> Option<Result<Result<Obj, Obj>, Exc>> {
    let op = frame.code.bytecode().get(frame.pc).copied()?;
    if op != crate::bytecode::Op::YieldFrom as u8 || frame.sp == 0 {
        return None;
    }
    let it = *slots.get(frame.sp - 1)?;
    let is_exit = throw.ty().is_subtype(&exc::GENERATOR_EXIT);
    if let Some(sub) = it.downcast::<GenObj>() {
        if is_exit {
            return Some(close(sub).and_then(|()| Err(Exc::from_obj(throw).unwrap_or_else(exc::memory_error))));
        }
        return Some(resume(sub, Obj::NONE, throw));
    }
    let name = if is_exit { qstr!("close") } else { qstr!("throw") };
    let (m, s) = super::load_method(it, name).ok()?;
    if m.is_null() {
        return None;
    }
    let r = if s.is_null() { super::call(m, &[throw]) } else { super::call(m, &[s, throw]) };
    Some(match r {
        Ok(v) if is_exit => {
            let _ = v;
            Err(Exc::from_obj(throw).unwrap_or_else(exc::memory_error))
        }
        Ok(v) => Ok(Ok(v)),
        Err(e) if e.is(&exc::STOP_ITERATION) => Ok(Err(stop_value(e))),
        Err(e) => Err(e),
    })
}

/// The value a `StopIteration` carries.
pub fn stop_value(e: Exc) -> Obj {
    tuple::as_slice(e.args()).and_then(|a| a.first().copied()).unwrap_or(Obj::NONE)
}

fn stop_iteration(v: Obj) -> Exc {
    if v == Obj::NONE {
        return exc::new(&exc::STOP_ITERATION, &[]);
    }
    exc::new(&exc::STOP_ITERATION, &[v])
}

fn gen_iternext(o: Obj) -> Result<Obj, Exc> {
    let Some(g) = o.downcast::<GenObj>() else { return Ok(Obj::NULL) };
    match resume(g, Obj::NONE, Obj::NULL)? {
        Ok(v) => Ok(v),
        Err(_) => Ok(Obj::NULL),
    }
}

fn gen_send(args: &[Obj]) -> Result<Obj, Exc> {
    let g = args[0].downcast::<GenObj>().ok_or_else(|| exc::type_error(msg!("not a generator")))?;
    match resume(g, args[1], Obj::NULL)? {
        Ok(v) => Ok(v),
        Err(v) => Err(stop_iteration(v)),
    }
}

fn gen_throw(args: &[Obj]) -> Result<Obj, Exc> {
    let g = args[0].downcast::<GenObj>().ok_or_else(|| exc::type_error(msg!("not a generator")))?;
    let mut e = args[1];
    if args.len() > 2 && args[1].downcast::<Type>().is_some() && args[2] != Obj::NONE {
        e = if Exc::from_obj(args[2]).is_some() { args[2] } else { super::call(args[1], &[args[2]])? };
    }
    let e = vm::raise_obj(e);
    match resume(g, Obj::NONE, e.obj())? {
        Ok(v) => Ok(v),
        Err(v) => Err(stop_iteration(v)),
    }
}

/// `g.pend_throw(value)` (MicroPython's): the next resume raises `value` inside the
/// generator instead of sending into it (None: nothing pending); returns what was pending
/// before (None if nothing).
fn gen_pend_throw(args: &[Obj]) -> Result<Obj, Exc> {
    let g = args[0].downcast::<GenObj>().ok_or_else(|| exc::type_error(msg!("not a generator")))?;
    if g.state.get() == RUNNING {
        return Err(exc::value_error(msg!("generator already executing")));
    }
    let prev = g.pending.replace(args[1]);
    Ok(if prev.is_null() { Obj::NONE } else { prev })
}

/// `g.close()`: raise GeneratorExit inside; fine if it ends by that or by returning.
///
/// # Errors
/// `RuntimeError: generator ignored GeneratorExit` if it yields; whatever else it raises.
pub fn close(g: &'static GenObj) -> Result<(), Exc> {
    match g.state.get() {
        NEW => {
            g.state.set(DONE);
            return Ok(());
        }
        DONE => return Ok(()),
        _ => {}
    }
    let e = exc::new(&exc::GENERATOR_EXIT, &[]);
    match resume(g, Obj::NONE, e.obj()) {
        Ok(Ok(_)) => Err(exc::new_msg(&exc::RUNTIME_ERROR, msg!("generator ignored GeneratorExit"))),
        Ok(Err(_)) => Ok(()),
        Err(x) if x.is(&exc::GENERATOR_EXIT) || x.is(&exc::STOP_ITERATION) => Ok(()),
        Err(x) => Err(x),
    }
}

fn gen_close(args: &[Obj]) -> Result<Obj, Exc> {
    let g = args[0].downcast::<GenObj>().ok_or_else(|| exc::type_error(msg!("not a generator")))?;
    close(g).map(|()| Obj::NONE)
}

fn gen_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    let name = o.downcast::<GenObj>().map_or(qstr!("?"), |g| g.code.name);
    out.write(b"<generator object '")?;
    out.write_str(name.as_str())?;
    out.write(b"' at ")?;
    crate::print::print_int_radix(out, o.addr() as i64, 16, "")?;
    out.write(b">")
}
