//! The scheduler (MicroPython's `py/scheduler.c`): Python functions queued by
//! `micropython.schedule(f, arg)`, or by native code on behalf of an interrupt (a timer,
//! a pin edge), and called by the VM at its next poll point, between bytecodes, where
//! running Python code is as safe as any call.
//!
//! The queue holds [`DEPTH`] entries in the runtime's [`State`](crate::gc::root::State)
//! (found by the GC's scan of it); a full queue is `RuntimeError: schedule queue full`.
//! Scheduled functions do not nest: one that is running when another becomes due finishes
//! first. An exception a scheduled function raises is printed and dropped, as
//! MicroPython's protected call does, so it never lands in unrelated code.
//!
//! Interrupt handlers cannot reach the runtime's state, so a board or module that takes
//! interrupts records them in its own atomics and registers a *hook* ([`add_hook`]): the VM
//! calls every hook at each poll, and a hook turns what it recorded into [`schedule`]
//! calls. Hooks run at the VM's poll points only (at most every `POLL_EVERY` backward
//! jumps and calls, and in `time.sleep`), not inside native loops.

use core::cell::{Cell, RefCell};

use crate::gc::{root, GcVec};
use crate::obj::exc::{self, Exc};
use crate::obj::{self, Obj};

/// Whether the board's VM runs the queue (feature `scheduler`): without it nothing
/// scheduled ever runs, and module code that needs it should refuse to start.
pub const ENABLED: bool = cfg!(mp_feature = "scheduler");

/// Entries the queue holds (MicroPython's `MICROPY_SCHEDULER_DEPTH`).
pub const DEPTH: usize = 4;

/// Hooks the VM can call at each poll.
const HOOKS: usize = 4;

/// A poll hook: turns interrupt flags into [`schedule`] calls.
pub type Hook = fn() -> Result<(), Exc>;

/// The queue (a ring of `(function, argument)` pairs) and the registered hooks.
pub struct Queue {
    items: [Cell<Obj>; 2 * DEPTH],
    head: Cell<u8>,
    len: Cell<u8>,
    running: Cell<bool>,
    hooks: [Cell<Option<Hook>>; HOOKS],
    /// Objects native code keeps alive between calls ([`keep`]): a GC block the scan of
    /// the state reaches, so its items are kept too.
    kept: RefCell<GcVec<Obj>>,
}

impl Queue {
    pub const fn new() -> Queue {
        Queue {
            items: [const { Cell::new(Obj::NULL) }; 2 * DEPTH],
            head: Cell::new(0),
            len: Cell::new(0),
            running: Cell::new(false),
            hooks: [const { Cell::new(None) }; HOOKS],
            kept: RefCell::new(GcVec::new()),
        }
    }
}

impl Default for Queue {
    fn default() -> Queue {
        Queue::new()
    }
}

/// Queue `f(arg)` to run at the VM's next poll point.
///
/// # Errors
/// `RuntimeError: schedule queue full`.
pub fn schedule(f: Obj, arg: Obj) -> Result<(), Exc> {
    let st = root::state();
    let q = &st.sched;
    let len = q.len.get() as usize;
    if len == DEPTH {
        return Err(exc::new_msg(&exc::RUNTIME_ERROR, msg!("schedule queue full")));
    }
    let slot = (q.head.get() as usize + len) % DEPTH;
    q.items[2 * slot].set(f);
    q.items[2 * slot + 1].set(arg);
    q.len.set(len as u8 + 1);
    // The next poll point takes the slow path, which runs the queue.
    st.poll_countdown.set(0);
    Ok(())
}

/// Register `hook` to be called at every VM poll (once; registering it again is a no-op,
/// as far as function addresses tell: a duplicate is only called twice).
///
/// # Errors
/// `RuntimeError` when all hook slots are taken.
pub fn add_hook(hook: Hook) -> Result<(), Exc> {
    let hooks = &root::state().sched.hooks;
    if hooks.iter().any(|h| h.get().is_some_and(|g| core::ptr::fn_addr_eq(g, hook))) {
        return Ok(());
    }
    match hooks.iter().find(|h| h.get().is_none()) {
        Some(h) => {
            h.set(Some(hook));
            Ok(())
        }
        None => Err(exc::new_msg(&exc::RUNTIME_ERROR, msg!("too many scheduler hooks"))),
    }
}

/// Whether a scheduled function is waiting.
pub fn pending() -> bool {
    root::state().sched.len.get() != 0
}

/// Call the hooks, then every queued function (those queued meanwhile too), unless a
/// scheduled function is already running further up the stack. A hook's error (not a
/// scheduled function's) propagates: a hook raising is the board's `KeyboardInterrupt`
/// or `MemoryError`, and belongs to the running code.
///
/// # Errors
/// What a hook raises.
pub fn run_pending() -> Result<(), Exc> {
    let q = &root::state().sched;
    if q.running.get() {
        return Ok(());
    }
    for h in &q.hooks {
        match h.get() {
            Some(hook) => hook()?,
            None => break,
        }
    }
    if q.len.get() == 0 {
        return Ok(());
    }
    q.running.set(true);
    while q.len.get() != 0 {
        let head = q.head.get() as usize;
        let f = q.items[2 * head].replace(Obj::NULL);
        let arg = q.items[2 * head + 1].replace(Obj::NULL);
        q.head.set(((head + 1) % DEPTH) as u8);
        q.len.set(q.len.get() - 1);
        if let Err(e) = obj::call(f, &[arg]) {
            crate::exec::print_protected(e);
        }
    }
    q.running.set(false);
    Ok(())
}

/// Keep `o` alive until [`release`]: for what a module holds while no Python variable may
/// (a running timer, a pin's interrupt handler). Keeping it twice keeps it once.
///
/// # Errors
/// `MemoryError`.
pub fn keep(o: Obj) -> Result<(), Exc> {
    let mut kept = root::state().sched.kept.borrow_mut();
    if !kept.contains(&o) {
        kept.push(o)?;
    }
    Ok(())
}

/// Stop keeping `o` alive (if it was kept).
pub fn release(o: Obj) {
    let mut kept = root::state().sched.kept.borrow_mut();
    if let Some(i) = kept.iter().position(|&k| k == o) {
        kept.remove(i);
    }
}

/// The `i`th kept object (in no particular order), for a hook that walks them.
pub fn kept(i: usize) -> Option<Obj> {
    root::state().sched.kept.borrow().get(i).copied()
}
