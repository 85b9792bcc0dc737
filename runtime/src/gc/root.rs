//! The runtime's root state and the one pointer through which the rest of the runtime
//! reaches it (MicroPython's `MP_STATE_VM`).
//!
//! [`enter`] builds a [`State`] on its own stack frame, installs a pointer to it for the
//! duration of a closure, and removes it afterwards. Everything that needs the heap, the
//! qstr pool or the board's [`Hal`] goes through [`state`], so native functions need no
//! context argument. The runtime is single-threaded and not re-entrant across threads.
//! The GC's roots are this struct, the callee-saved registers and the stack between the
//! current stack pointer and the top recorded by `enter`.

use core::cell::Cell;
use core::ptr::NonNull;

use super::Heap;
use crate::hal::Hal;
use crate::obj::Obj;

/// What the runtime knows while it runs. Python-visible state hangs off `Cell<Obj>`
/// fields so that it is found by scanning this struct.
pub struct State {
    pub heap: Heap,
    hal: Cell<Option<NonNull<dyn Hal + 'static>>>,
    hal_busy: Cell<bool>,
    /// Address of the outermost frame of the runtime; the stack grows down from here.
    pub stack_top: usize,
    /// Bytes of stack Python code may use below `stack_top`.
    pub stack_limit: usize,
    pub qstrs: crate::qstr::Pool,
    pub modules: &'static crate::obj::module::ModuleMap,
    /// `__main__`'s globals (a dict).
    pub globals: Cell<Obj>,
    /// Loaded modules by name (a dict), `sys.modules`.
    pub loaded: Cell<Obj>,
    /// The exception the innermost running handler caught, `sys.exc_info()`'s (NULL
    /// after a handler ends; bare `raise` uses the frame's own, `Frame::exc`).
    pub current_exc: Cell<Obj>,
    /// Counts down to the next interrupt poll.
    pub poll_countdown: Cell<u32>,
    /// `sys.argv` (a tuple), set by the host.
    pub argv: Cell<Obj>,
    /// `sys.path` (a list of str), where `import` looks for `.py` files.
    pub path: Cell<Obj>,
    /// The running code's globals and its innermost module, class body or `exec`
    /// namespace (MicroPython's `mp_globals`/`mp_locals`): `globals()`, `locals()`.
    pub frame_globals: Cell<Obj>,
    pub frame_locals: Cell<Obj>,
    /// The module name `micropython -m NAME` runs: the import that loads it from a file
    /// sets its `__name__` to `'__main__'` (a qstr, or NULL).
    pub main_module: Cell<Obj>,
    /// `_` at the REPL: the last value it printed (NULL before any).
    pub repl_last: Cell<Obj>,
    /// `sys.ps1`, `sys.ps2`: the REPL's prompts when set (NULL: `>>> `, `... `).
    pub ps1: Cell<Obj>,
    pub ps2: Cell<Obj>,
    /// `sys.atexit`'s function (NULL before any), called by [`crate::exec::run_atexit`].
    pub atexit: Cell<Obj>,
    /// The front end's latest error (`parse::Error` is a marker for it); in the scanned
    /// state, so its exception stays alive.
    pub front_error: Cell<crate::parse::error::Detail>,
    /// `sys.executable`, set by the host (NULL: `''`).
    pub executable: Cell<Obj>,
    /// Where each global name was last found in a globals dict (`vm::ops::load_global`).
    pub global_hints: crate::vm::GlobalHints,
    /// A class dict has held `__setattr__` or `__delattr__` (`obj::class::note_class_key`):
    /// until then attribute stores do not look for them.
    pub setattr_hooks: Cell<bool>,
    /// `micropython.schedule`'s queue and the interrupt hooks (`crate::sched`).
    pub sched: crate::sched::Queue,
    /// `micropython.opt_level()` (`-O`): from 1 the compiler drops asserts and makes
    /// `__debug__` false.
    pub opt_level: Cell<u8>,
}

struct Current(Cell<*const State>);
// SAFETY: the runtime runs on one thread; the pointer is only set and read by it.
unsafe impl Sync for Current {}

static CURRENT: Current = Current(Cell::new(core::ptr::null()));

/// The type lookup cache (`obj::class::cache`), outside the runtime state: a static is
/// zero pages the OS maps as they are first touched, where a field of the state was 24 KB
/// to clear on the stack at every start on 64-bit hosts (a fifth of `-c pass`). Entries
/// belong to the runtime of the cache's epoch: [`enter`] starts a new epoch when a runtime
/// starts and when it ends, so no runtime sees another's entries. The GC scans it with the
/// state ([`scan_roots`]).
struct SharedCache(crate::obj::class::cache::TypeCache);
// SAFETY: as `Current`: the runtime runs on one thread at a time, and only it touches the
// cache.
unsafe impl Sync for SharedCache {}

static TYPE_CACHE: SharedCache = SharedCache(crate::obj::class::cache::TypeCache::new());

/// The type lookup cache.
#[inline]
pub fn type_cache() -> &'static crate::obj::class::cache::TypeCache {
    &TYPE_CACHE.0
}

#[cfg(test)]
pub(crate) static TEST_LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Run `f` with a fresh runtime state over `region`, talking to `hal`.
///
/// The state lives on this function's frame; the GC scans the stack from the frames `f`
/// creates up to here. Nested calls replace the state for their duration.
pub fn enter<R>(
    hal: &mut dyn Hal,
    region: &mut [u8],
    modules: &'static crate::obj::module::ModuleMap,
    stack_limit: usize,
    f: impl FnOnce() -> R,
) -> R {
    let top_marker = 0u8;
    let stack_top = core::hint::black_box(&top_marker) as *const u8 as usize;
    // SAFETY: the state (and the `'static` borrows inside it) lives only until this
    // function returns, and the pointer is removed before then; the region and the HAL
    // are borrowed by us for that whole time.
    let region: &'static mut [u8] = unsafe { core::slice::from_raw_parts_mut(region.as_mut_ptr(), region.len()) };
    // SAFETY: as above: we erase the lifetime of `hal` but drop the pointer before returning.
    let hal: NonNull<dyn Hal + 'static> = unsafe { core::mem::transmute(NonNull::from(hal)) };
    // Never dropped: its heap vectors would try to free into a heap that is going away.
    let state = core::mem::ManuallyDrop::new(State {
        heap: Heap::new(region),
        hal: Cell::new(Some(hal)),
        hal_busy: Cell::new(false),
        stack_top,
        stack_limit,
        qstrs: crate::qstr::Pool::new(),
        modules,
        globals: Cell::new(Obj::NULL),
        loaded: Cell::new(Obj::NULL),
        current_exc: Cell::new(Obj::NULL),
        poll_countdown: Cell::new(0),
        argv: Cell::new(Obj::NULL),
        path: Cell::new(Obj::NULL),
        frame_globals: Cell::new(Obj::NULL),
        frame_locals: Cell::new(Obj::NULL),
        main_module: Cell::new(Obj::NULL),
        repl_last: Cell::new(Obj::NULL),
        ps1: Cell::new(Obj::NULL),
        ps2: Cell::new(Obj::NULL),
        atexit: Cell::new(Obj::NULL),
        front_error: Cell::new(crate::parse::error::NO_DETAIL),
        executable: Cell::new(Obj::NULL),
        global_hints: crate::vm::GlobalHints::new(),
        setattr_hooks: Cell::new(false),
        sched: crate::sched::Queue::new(),
        opt_level: Cell::new(0),
    });
    let prev = CURRENT.0.replace(&*state);
    crate::obj::class::cache::invalidate();
    let r = call_below(f);
    // The runtime ends: what native objects hold (a peripheral, a pin) is let go.
    state.heap.finalise_all();
    crate::obj::class::cache::invalidate();
    CURRENT.0.set(prev);
    state.hal.set(None);
    r
}

/// Call `f` in a frame of its own, below `enter`'s. Were `f` inlined into `enter`, its
/// locals could sit in `enter`'s frame above `stack_top`, where the GC does not look,
/// and what they point to would be freed while in use.
#[inline(never)]
fn call_below<R>(f: impl FnOnce() -> R) -> R {
    f()
}

/// The current runtime state.
///
/// # Panics
/// When called outside [`enter`]: a bug in the board, not reachable from Python.
#[inline]
pub fn state() -> &'static State {
    let p = CURRENT.0.get();
    assert!(!p.is_null(), "runtime used outside runtime::enter");
    // SAFETY: `enter` keeps the state alive and in place while the pointer is set.
    unsafe { &*p }
}

/// The current heap.
#[inline]
pub fn heap() -> &'static Heap {
    &state().heap
}

/// Call `f` with the board's HAL. A nested call (from inside `f`) is skipped and returns
/// `None`, so the `&mut` never aliases.
pub fn with_hal<R>(f: impl FnOnce(&mut dyn Hal) -> R) -> Option<R> {
    let st = state();
    if st.hal_busy.replace(true) {
        return None;
    }
    let r = st.hal.get().map(|mut h| {
        // SAFETY: `enter` holds the unique `&mut dyn Hal` for the state's lifetime and the
        // busy flag rules out a second live `&mut`.
        f(unsafe { h.as_mut() })
    });
    st.hal_busy.set(false);
    r
}

/// Approximate current stack pointer.
#[inline(always)]
pub fn stack_pointer() -> usize {
    let marker = 0u8;
    core::hint::black_box(&marker) as *const u8 as usize
}

/// Whether the stack has grown past the board's limit.
///
/// The limit is `stack_limit` bytes below `stack_top` (the frame of [`enter`]); the board
/// leaves a margin below it (MCU: `STACK_MARGIN` in its `main.rs`; host: half the
/// interpreter thread's stack) for what runs past a check before the next one. A check
/// therefore has to come at least once per level of every recursion, in Rust or Python, so
/// that only one level's native frames (and the error path of the check that fails) ever
/// run beyond the limit.
#[inline]
pub fn stack_exhausted() -> bool {
    let st = state();
    st.stack_top.saturating_sub(stack_pointer()) > st.stack_limit
}

/// `RuntimeError: maximum recursion depth exceeded` when the stack has grown past the
/// board's limit ([`stack_exhausted`]). Called once per level by every native recursion
/// that Python data can drive: printing, comparing, hashing and searching nested
/// containers, `isinstance` over nested tuples, calls.
///
/// # Errors
/// The `RuntimeError` (or `MemoryError` if it cannot be allocated).
#[inline]
pub fn check_stack() -> Result<(), crate::obj::exc::Exc> {
    if stack_exhausted() {
        return Err(crate::obj::exc::recursion_error());
    }
    Ok(())
}

/// Hand every root range to `f`: the state struct, the registers, the stack.
#[inline(never)]
pub(super) fn scan_roots(f: &mut dyn FnMut(usize, usize)) {
    let st = state();
    let s = st as *const State as usize;
    f(s, s + core::mem::size_of::<State>());
    let c = type_cache() as *const crate::obj::class::cache::TypeCache as usize;
    f(c, c + core::mem::size_of::<crate::obj::class::cache::TypeCache>());
    let regs = spill_registers();
    let sp = core::hint::black_box(&regs) as *const _ as usize;
    f(sp, st.stack_top);
    core::hint::black_box(&regs);
}

/// Copy the callee-saved registers to the stack, where the stack scan sees them.
#[inline(never)]
fn spill_registers() -> [usize; 10] {
    let mut r = [0usize; 10];
    let p = r.as_mut_ptr();
    // SAFETY: each store writes one word into `r`, which has room for ten.
    #[cfg(target_arch = "x86_64")]
    unsafe {
        core::arch::asm!(
            "mov [{p}], rbx", "mov [{p} + 8], rbp", "mov [{p} + 16], r12",
            "mov [{p} + 24], r13", "mov [{p} + 32], r14", "mov [{p} + 40], r15",
            p = in(reg) p, options(nostack, preserves_flags)
        );
    }
    // SAFETY: as above.
    #[cfg(target_arch = "aarch64")]
    unsafe {
        core::arch::asm!(
            "stp x19, x20, [{p}]", "stp x21, x22, [{p}, #16]", "stp x23, x24, [{p}, #32]",
            "stp x25, x26, [{p}, #48]", "stp x27, x28, [{p}, #64]",
            p = in(reg) p, options(nostack, preserves_flags)
        );
    }
    // SAFETY: as above (eight words: r4-r11).
    #[cfg(target_arch = "arm")]
    unsafe {
        core::arch::asm!(
            "str r4, [{p}]", "str r5, [{p}, #4]", "str r6, [{p}, #8]", "str r7, [{p}, #12]",
            "str r8, [{p}, #16]", "str r9, [{p}, #20]", "str r10, [{p}, #24]", "str r11, [{p}, #28]",
            p = in(reg) p, options(nostack, preserves_flags)
        );
    }
    let _ = p;
    core::hint::black_box(r)
}
