//! Frames: the state of one running (or suspended) code object, and binding a call's
//! arguments into a new frame's locals (MicroPython's `mp_code_state_t` and
//! `mp_setup_code_state`).
//!
//! A frame is a [`Frame`] record plus a slice of slots: the locals, then the value stack,
//! then the handler stack (three slots per active `try`, sized by the compiler). An
//! ordinary call keeps both on the Rust stack (the slots in a fixed array when they fit);
//! a generator keeps them in the heap, in its [`crate::obj::gen::GenObj`]. The same
//! [`super::execute`] runs either and reports returned / yielded / raised.

use crate::gc::{root, GcVec};
use crate::obj::code::{flags, Code};
use crate::obj::exc::{self, Exc};
use crate::obj::fun::FunObj;
use crate::obj::{self, dict, tuple, Args, Obj};

/// Frames needing at most this many slots keep them on the Rust stack.
pub const SMALL_FRAME: usize = 24;

/// Slots per entry of the handler stack: target, value-stack depth, the exception being
/// handled when the `try` was entered.
pub const HANDLER_SLOTS: usize = 3;

/// One frame's state besides its slots.
#[derive(Clone, Copy)]
pub struct Frame {
    pub code: &'static Code,
    pub globals: Obj,
    /// The namespace of `LoadName`/`StoreName`: the globals for module code, the class
    /// dict for a class body.
    pub locals: Obj,
    /// The next instruction.
    pub pc: usize,
    /// The next free value-stack slot.
    pub sp: usize,
    /// Active `try` handlers.
    pub n_handlers: usize,
    /// The exception being handled in this frame (for bare `raise`), or NULL.
    pub exc: Obj,
}

/// How a run of [`super::execute`] ended.
pub enum Outcome {
    Returned(Obj),
    Yielded(Obj),
    Raised(Exc),
}

impl Frame {
    /// A frame at the start of `code`.
    pub fn new(code: &'static Code, globals: Obj, locals: Obj) -> Frame {
        Frame { code, globals, locals, pc: 0, sp: code.n_locals as usize, n_handlers: 0, exc: Obj::NULL }
    }

    /// Slots a frame of `code` needs.
    pub fn n_slots(code: &Code) -> usize {
        code.n_locals as usize + code.stack_size as usize + 1 + HANDLER_SLOTS * code.max_handlers as usize
    }

    /// Where the handler stack starts in the slots.
    pub fn handler_base(code: &Code) -> usize {
        code.n_locals as usize + code.stack_size as usize + 1
    }
}

/// Run module-level code with `globals` (a dict) as its namespace.
///
/// # Errors
/// Whatever the code raises.
pub fn run_module(code: &'static Code, globals: Obj) -> Result<Obj, Exc> {
    run_code(code, globals, globals, Args::pos(&[]), Obj::NULL, Obj::NULL, Obj::NULL)
}

/// Run a class body (`fun`, a function made from the body's code) with `ns` (a dict) as
/// its namespace; returns what the body returns (its `__class__` cell or None).
///
/// # Errors
/// Whatever the body raises.
pub fn run_class_body(fun: Obj, ns: Obj) -> Result<Obj, Exc> {
    let Some(f) = fun.downcast::<FunObj>() else { return Err(exc::type_error(msg!("class body must be a function"))) };
    run_code(f.code, f.globals, ns, Args::pos(&[]), Obj::NULL, Obj::NULL, f.closure())
}

/// The `call` slot of Python functions.
///
/// # Errors
/// `TypeError` for a wrong call, and whatever the function raises.
pub fn call_fun(f: Obj, args: Args<'_>) -> Result<Obj, Exc> {
    let Some(fun) = f.downcast::<FunObj>() else { return Err(exc::type_error(msg!("not a function"))) };
    if fun.code.flags & flags::GENERATOR != 0 {
        return crate::obj::gen::new(fun, args);
    }
    run_code(fun.code, fun.globals, fun.globals, args, fun.defaults(), fun.kw_defaults(), fun.closure())
}

fn run_code(
    code: &'static Code,
    globals: Obj,
    locals: Obj,
    args: Args<'_>,
    defaults: Obj,
    kw_defaults: Obj,
    closure: Obj,
) -> Result<Obj, Exc> {
    root::check_stack()?;
    let need = Frame::n_slots(code);
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
    let n_locals = code.n_locals as usize;
    bind_args(code, &mut slots[..n_locals], args, defaults, kw_defaults, closure)?;
    let mut frame = Frame::new(code, globals, locals);
    match super::execute(&mut frame, slots, Obj::NULL) {
        Outcome::Returned(v) => Ok(v),
        Outcome::Raised(e) => Err(e),
        Outcome::Yielded(_) => Err(exc::new_msg(&exc::RUNTIME_ERROR, msg!("yield outside generator"))),
    }
}

/// Store the arguments, defaults, `*args`, `**kwargs`, free cells and fresh cells in
/// `locals`, with CPython's rules and MicroPython's messages.
///
/// Slot layout (see `Code`): positional parameters, keyword-only parameters, `*args`,
/// `**kwargs`, other locals, free variables last.
///
/// # Errors
/// `TypeError` for a wrong call, `MemoryError`.
pub fn bind_args(
    code: &Code,
    locals: &mut [Obj],
    args: Args<'_>,
    defaults: Obj,
    kw_defaults: Obj,
    closure: Obj,
) -> Result<(), Exc> {
    // The common call: exactly the positional parameters; then only the closure's cells
    // (if any) to set up.
    if args.pos.len() == code.n_pos_args as usize
        && args.kw.is_empty()
        && code.n_kwonly_args == 0
        && code.flags & (flags::VARARGS | flags::VARKW) == 0
    {
        if let Some(dst) = locals.get_mut(..args.pos.len()) {
            dst.copy_from_slice(args.pos);
            if code.n_free == 0 && code.cells().is_empty() {
                return Ok(());
            }
            return bind_cells(code, locals, closure);
        }
    }
    let n_pos = code.n_pos_args as usize;
    let n_kwonly = code.n_kwonly_args as usize;
    let n_named = (n_pos + n_kwonly).min(locals.len());
    let varargs = code.flags & flags::VARARGS != 0;
    let varkw = code.flags & flags::VARKW != 0;
    let defs = tuple::as_slice(defaults).unwrap_or(&[]);
    let given = args.pos.len();
    if given > n_pos && !varargs {
        return Err(exc::fun_arg_count(code.name, n_pos, given));
    }
    if args.kw.is_empty() && kw_defaults.is_null() && given + defs.len() < n_pos {
        return Err(exc::fun_arg_count(code.name, n_pos - defs.len(), given));
    }
    let n = given.min(n_pos).min(locals.len());
    locals[..n].copy_from_slice(&args.pos[..n]);
    let mut extra = n_named;
    if varargs {
        if let Some(slot) = locals.get_mut(extra) {
            *slot = tuple::new(args.pos.get(n_pos..).unwrap_or(&[]))?;
        }
        extra += 1;
    }
    let kwdict = if varkw { dict::new()? } else { Obj::NULL };
    if varkw {
        if let Some(slot) = locals.get_mut(extra) {
            *slot = kwdict;
        }
    }
    for (k, v) in args.kw_pairs() {
        let names = code.local_names().get(..n_named).unwrap_or(&[]);
        let found = names
            .iter()
            .enumerate()
            .skip(code.n_posonly_args as usize)
            .find(|(_, &q)| obj::Obj::from_qstr(q) == k || obj::str::eq_qstr(k, q));
        match found {
            Some((i, _)) => {
                if !locals[i].is_null() {
                    return Err(exc::multiple_values(k));
                }
                locals[i] = v;
            }
            None => match kwdict.downcast::<dict::DictObj>() {
                Some(d) => d.set(k, v)?,
                None => return Err(exc::unexpected_kw(k)),
            },
        }
    }
    // From the last one: MicroPython names the highest-numbered missing argument.
    for i in (n..n_pos.min(locals.len())).rev() {
        if locals[i].is_null() {
            match (i + defs.len()).checked_sub(n_pos).and_then(|j| defs.get(j)) {
                Some(&d) => locals[i] = d,
                None => return Err(exc::missing_positional(i)),
            }
        }
    }
    #[allow(clippy::needless_range_loop)]
    for i in n_pos..n_named {
        if locals[i].is_null() {
            let name = code.local_names().get(i).copied().unwrap_or(qstr!(""));
            let d = match kw_defaults.downcast::<dict::DictObj>() {
                Some(d) => d.get(Obj::from_qstr(name))?,
                None => None,
            };
            match d {
                Some(d) => locals[i] = d,
                // MicroPython names the parameter only when the function has keyword-only
                // defaults (its messages differ by code path).
                None if kw_defaults.is_null() => {
                    return Err(exc::type_error(msg!("function missing keyword-only argument")))
                }
                None => return Err(exc::missing_kwonly(name)),
            }
        }
    }
    bind_cells(code, locals, closure)
}

/// The last step of binding: the free variables from the closure into the last slots,
/// and a fresh cell around each local that an inner function captures.
fn bind_cells(code: &Code, locals: &mut [Obj], closure: Obj) -> Result<(), Exc> {
    let free = tuple::as_slice(closure).unwrap_or(&[]);
    let nf = (code.n_free as usize).min(free.len()).min(locals.len());
    let start = locals.len() - nf;
    locals[start..].copy_from_slice(&free[..nf]);
    for &c in code.cells() {
        if let Some(slot) = locals.get_mut(c as usize) {
            *slot = obj::cell::new(*slot)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn frame_record_is_seven_words() {
        assert_eq!(core::mem::size_of::<Frame>(), 7 * core::mem::size_of::<usize>());
        assert_eq!(core::mem::size_of::<Outcome>(), 2 * core::mem::size_of::<usize>());
        assert_eq!(core::mem::size_of::<Args<'_>>(), 4 * core::mem::size_of::<usize>());
    }

    static SP0: AtomicUsize = AtomicUsize::new(0);
    static SP1: AtomicUsize = AtomicUsize::new(0);

    fn record(args: &[Obj]) -> Result<Obj, Exc> {
        let sp = root::stack_pointer();
        let slot = if args[0] == Obj::small_int(0) { &SP0 } else { &SP1 };
        slot.store(sp, Ordering::Relaxed);
        Ok(Obj::NONE)
    }
    static RECORD: crate::obj::fun::NativeFn = crate::obj::fun::NativeFn::new(qstr!("record"), 1, 1, record);

    /// Rust stack per Python-to-Python call (a plain call of a small function). The
    /// bound is for the unoptimised test build; the figure is printed for the record.
    #[test]
    fn rust_stack_per_python_call_is_bounded() {
        crate::testing::with_runtime(|| {
            let g = crate::exec::globals();
            let d = g.downcast::<dict::DictObj>().unwrap();
            d.set(Obj::from_qstr(qstr!("record")), Obj::from_static(&RECORD)).unwrap();
            let src = b"def f(n):\n    if n == 0:\n        return record(1)\n    return f(n - 1)\nrecord(0)\nf(100)\n";
            crate::exec::exec_str(src, qstr!("<stdin>"), crate::compile::Mode::File).unwrap();
            let per_call = (SP0.load(Ordering::Relaxed) - SP1.load(Ordering::Relaxed)) / 100;
            std::println!("Rust stack per Python call: {per_call} bytes");
            assert!(per_call > 0 && per_call < 2048, "{per_call} bytes per call");
        });
    }
}

#[cfg(test)]
mod alloc_tests {
    use crate::compile::{compile, Mode};

    /// A loop of method calls, keyword calls and plain calls allocates nothing: no bound
    /// method, no argument array, no frame (the frames fit on the Rust stack). The range
    /// and its iterator are the only allocations; the third one would fail.
    #[test]
    fn calls_do_not_allocate() {
        crate::testing::with_runtime(|| {
            let setup = b"class C:\n    def __init__(self):\n        self.x = 0\n    def m(self, d, k=1):\n        self.x += d * k\ndef f(a, b=2, *, c=3):\n    return a + b + c\no = C()\ndef run():\n    for i in range(1000):\n        o.m(i)\n        o.m(1, k=2)\n        f(i, c=1)\n        f(i)\n";
            crate::exec::exec_str(setup, qstr!("<stdin>"), Mode::File).unwrap();
            let code = compile(b"run()\n", qstr!("<stdin>"), Mode::File).unwrap();
            let heap = crate::gc::root::heap();
            heap.fail_countdown.set(3);
            let r = super::run_module(code, crate::exec::globals());
            heap.fail_countdown.set(0);
            assert!(r.is_ok(), "a call allocated");
        });
    }
}

/// Run the frame `f` over `slots` until it returns, yields or raises. A non-NULL `throw`
/// is raised at the frame's current instruction first (generator `throw()`).
///
/// While it runs, the frame's globals are `globals()`; module code, a class body and
/// `exec` code also make their namespace `locals()`, which a function leaves as its
/// caller's (MicroPython's `mp_globals`/`mp_locals`: `locals()` in a function is the
/// namespace of the module, class body or `exec` that called it).
pub fn execute(f: &mut Frame, slots: &mut [Obj], throw: Obj) -> Outcome {
    let st = crate::gc::root::state();
    let globals = st.frame_globals.replace(f.globals);
    let locals = st.frame_locals.get();
    if f.code.flags & crate::obj::code::flags::MODULE != 0 || f.locals != f.globals {
        st.frame_locals.set(f.locals);
    }
    let r = super::run(f, slots, throw);
    st.frame_globals.set(globals);
    st.frame_locals.set(locals);
    r
}

/// `globals()`: the running code's globals (`__main__`'s outside any code).
pub fn current_globals() -> Obj {
    let g = crate::gc::root::state().frame_globals.get();
    if g.is_null() {
        crate::exec::globals()
    } else {
        g
    }
}

/// `locals()`: the innermost running module, class body or `exec` namespace.
pub fn current_locals() -> Obj {
    let l = crate::gc::root::state().frame_locals.get();
    if l.is_null() {
        current_globals()
    } else {
        l
    }
}
