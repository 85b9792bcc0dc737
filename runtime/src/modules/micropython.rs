//! `micropython` (MicroPython's `modmicropython.c`): what programs ask of the runtime
//! itself.
//!
//! - `const(x)`: folded at compile time for `NAME = const(int)` at module level; at run
//!   time the identity.
//! - `opt_level([n])`: from 1 the compiler drops `assert` and makes `__debug__` false.
//! - `heap_lock()`, `heap_unlock()` (returns the remaining depth), `heap_locked()`: while
//!   locked every allocation is `MemoryError: memory allocation failed, heap is locked`.
//! - `kbd_intr(c)`: the interrupt character while the current code runs (`-1`: none);
//!   the REPL arms Ctrl-C again for the next line, as MicroPython's does.
//! - `schedule(f, arg)` (feature `scheduler`): `crate::sched`.
//! - `mem_info([verbose])`, `qstr_info([verbose])`, `stack_use()` (feature
//!   `micropython_mem_info`), in MicroPython's format for a bare-metal port.
//! - `alloc_emergency_exception_buf(n)`: accepted and ignored: this runtime's
//!   `MemoryError` and the exceptions native code raises need no heap.
//!
//! The decorators `@micropython.native`, `@micropython.viper` and `@micropython.bytecode`
//! are not attributes: the compiler takes them (`compile::stmt`, `emitter_decorator`).

use crate::gc::root;
use crate::obj::dict::{sort_entries, RomDict, RomEntry};
use crate::obj::exc::Exc;
use crate::obj::fun::NativeFn;
use crate::obj::module::Module;
use crate::obj::{int, Obj};

pub static MODULE: Module = Module::new(qstr!("micropython"), &GLOBALS);

static GLOBALS: RomDict = RomDict::new(&sort_entries([
    RomEntry::new(qstr!("__name__"), Obj::from_qstr(qstr!("micropython"))),
    RomEntry::new(qstr!("const"), Obj::from_static(&CONST)),
    RomEntry::new(qstr!("opt_level"), Obj::from_static(&OPT_LEVEL)),
    RomEntry::new(qstr!("heap_lock"), Obj::from_static(&HEAP_LOCK)),
    RomEntry::new(qstr!("heap_unlock"), Obj::from_static(&HEAP_UNLOCK)),
    RomEntry::new(qstr!("heap_locked"), Obj::from_static(&HEAP_LOCKED)),
    RomEntry::new(qstr!("kbd_intr"), Obj::from_static(&KBD_INTR)),
    RomEntry::new(qstr!("alloc_emergency_exception_buf"), Obj::from_static(&ALLOC_EMERGENCY_EXCEPTION_BUF)),
    #[cfg(mp_feature = "scheduler")]
    RomEntry::new(qstr!("schedule"), Obj::from_static(&SCHEDULE)),
    #[cfg(mp_feature = "micropython_mem_info")]
    RomEntry::new(qstr!("mem_info"), Obj::from_static(&mem_info::MEM_INFO)),
    #[cfg(mp_feature = "micropython_mem_info")]
    RomEntry::new(qstr!("qstr_info"), Obj::from_static(&mem_info::QSTR_INFO)),
    #[cfg(mp_feature = "micropython_mem_info")]
    RomEntry::new(qstr!("stack_use"), Obj::from_static(&mem_info::STACK_USE)),
]));

static CONST: NativeFn = NativeFn::new(qstr!("const"), 1, 1, |a: &[Obj]| -> Result<Obj, Exc> { Ok(a[0]) });
static OPT_LEVEL: NativeFn = NativeFn::new(qstr!("opt_level"), 0, 1, opt_level);
static HEAP_LOCK: NativeFn = NativeFn::new(qstr!("heap_lock"), 0, 0, heap_lock);
static HEAP_UNLOCK: NativeFn = NativeFn::new(qstr!("heap_unlock"), 0, 0, heap_unlock);
static HEAP_LOCKED: NativeFn = NativeFn::new(qstr!("heap_locked"), 0, 0, heap_locked);
static KBD_INTR: NativeFn = NativeFn::new(qstr!("kbd_intr"), 1, 1, kbd_intr);
static ALLOC_EMERGENCY_EXCEPTION_BUF: NativeFn =
    NativeFn::new(qstr!("alloc_emergency_exception_buf"), 1, 1, |a: &[Obj]| -> Result<Obj, Exc> {
        int::expect_i64(a[0])?;
        Ok(Obj::NONE)
    });
#[cfg(mp_feature = "scheduler")]
static SCHEDULE: NativeFn = NativeFn::new(qstr!("schedule"), 2, 2, schedule);

fn opt_level(a: &[Obj]) -> Result<Obj, Exc> {
    let st = root::state();
    match a.first() {
        None => Ok(Obj::small_int(st.opt_level.get() as isize)),
        Some(&n) => {
            // MicroPython keeps the level in a small field: only its low bits count.
            st.opt_level.set((int::expect_i64(n)? & 3) as u8);
            Ok(Obj::NONE)
        }
    }
}

fn heap_lock(_: &[Obj]) -> Result<Obj, Exc> {
    let lock = &root::heap().alloc_lock;
    lock.set(lock.get().saturating_add(1));
    Ok(Obj::NONE)
}

/// Unlock one level; the depth left (MicroPython raises nothing when already unlocked).
fn heap_unlock(_: &[Obj]) -> Result<Obj, Exc> {
    let lock = &root::heap().alloc_lock;
    lock.set(lock.get().saturating_sub(1));
    Ok(Obj::small_int(lock.get() as isize))
}

fn heap_locked(_: &[Obj]) -> Result<Obj, Exc> {
    Ok(Obj::small_int(root::heap().alloc_lock.get() as isize))
}

fn kbd_intr(a: &[Obj]) -> Result<Obj, Exc> {
    let c = int::expect_i64(a[0])?;
    let c = u8::try_from(c).ok();
    root::with_hal(|h| h.set_interrupt_char(c));
    Ok(Obj::NONE)
}

#[cfg(mp_feature = "scheduler")]
fn schedule(a: &[Obj]) -> Result<Obj, Exc> {
    // Not checked here: as MicroPython's, a non-callable fails when it is run.
    crate::sched::schedule(a[0], a[1])?;
    Ok(Obj::NONE)
}

#[cfg(mp_feature = "micropython_mem_info")]
mod mem_info {
    use crate::gc::{root, BlockKind, BLOCK};
    use crate::obj::exc::Exc;
    use crate::obj::fun::NativeFn;
    use crate::obj::Obj;
    use crate::print::{print_int, Console, Print};

    pub static MEM_INFO: NativeFn = NativeFn::new(qstr!("mem_info"), 0, 1, mem_info);
    pub static QSTR_INFO: NativeFn = NativeFn::new(qstr!("qstr_info"), 0, 1, qstr_info);
    pub static STACK_USE: NativeFn = NativeFn::new(qstr!("stack_use"), 0, 0, stack_use);

    fn stack_used() -> usize {
        root::state().stack_top.saturating_sub(root::stack_pointer())
    }

    fn stack_use(_: &[Obj]) -> Result<Obj, Exc> {
        Ok(Obj::small_int(stack_used() as isize))
    }

    /// Write `parts`: text and numbers alternately as given.
    fn line(out: &mut dyn Print, parts: &[Part]) -> Result<(), Exc> {
        for p in parts {
            match *p {
                Part::S(s) => out.write_str(s)?,
                Part::N(n) => print_int(out, n as i64)?,
            }
        }
        Ok(())
    }

    enum Part {
        S(&'static str),
        N(usize),
    }
    use Part::{N, S};

    /// `stack: U out of L` and the heap's figures; with a true argument also the heap
    /// map, a character per block (`h` the first block of an allocation, `=` the rest,
    /// `.` free), 64 blocks to a line, runs of free lines folded.
    fn mem_info(a: &[Obj]) -> Result<Obj, Exc> {
        let out = &mut Console;
        let st = root::state();
        line(out, &[S("stack: "), N(stack_used()), S(" out of "), N(st.stack_limit), S("\n")])?;
        let i = st.heap.info();
        line(out, &[S("GC: total: "), N(i.total), S(", used: "), N(i.used), S(", free: "), N(i.free), S("\n")])?;
        line(
            out,
            &[
                S(" No. of 1-blocks: "),
                N(i.one_blocks),
                S(", 2-blocks: "),
                N(i.two_blocks),
                S(", max blk sz: "),
                N(i.max_block),
                S(", max free sz: "),
                N(i.max_free_run / BLOCK),
                S("\n"),
            ],
        )?;
        if let Some(&v) = a.first() {
            if crate::obj::is_true(v)? {
                heap_map(out)?;
            }
        }
        Ok(Obj::NONE)
    }

    fn heap_map(out: &mut dyn Print) -> Result<(), Exc> {
        const PER_LINE: usize = 64;
        let heap = &root::state().heap;
        let (n, base) = heap.pool_extent();
        out.write_str("GC memory layout; from ")?;
        hex(out, base, 0)?;
        out.write_str(":")?;
        let mut free_lines = 0;
        let mut b = 0;
        while b < n {
            let end = (b + PER_LINE).min(n);
            let all_free = (b..end).all(|k| heap.block_kind(k) == BlockKind::Free);
            if all_free && end - b == PER_LINE && b > 0 {
                free_lines += 1;
                b = end;
                continue;
            }
            if free_lines > 0 {
                line(out, &[S("\n       ("), N(free_lines), S(" lines all free)")])?;
                free_lines = 0;
            }
            out.write_str("\n")?;
            hex(out, b * BLOCK, 8)?;
            out.write_str(": ")?;
            let mut row = [0u8; PER_LINE];
            for (k, c) in (b..end).zip(row.iter_mut()) {
                *c = match heap.block_kind(k) {
                    BlockKind::Free => b'.',
                    BlockKind::Head => b'h',
                    BlockKind::Tail => b'=',
                };
            }
            out.write(&row[..end - b])?;
            b = end;
        }
        if free_lines > 0 {
            line(out, &[S("\n       ("), N(free_lines), S(" lines all free)")])?;
        }
        out.write_str("\n")
    }

    /// `v` in lower-case hex, zero-padded to `width` digits.
    fn hex(out: &mut dyn Print, v: usize, width: usize) -> Result<(), Exc> {
        let mut buf = [b'0'; 16];
        let mut i = buf.len();
        let mut u = v;
        while u != 0 || i == buf.len() {
            i -= 1;
            buf[i] = b"0123456789abcdef"[u & 15];
            u >>= 4;
        }
        let start = i.min(buf.len() - width.min(buf.len()));
        out.write(&buf[start..])
    }

    /// `qstr pool: n_pool=P, n_qstr=N, n_str_data_bytes=B, n_total_bytes=T` for the names
    /// interned at run time (those from the build are in flash); verbose: each as `Q(name)`.
    fn qstr_info(a: &[Obj]) -> Result<Obj, Exc> {
        let out = &mut Console;
        let pool = &root::state().qstrs;
        let (n, text, total) = pool.stats();
        line(
            out,
            &[
                S("qstr pool: n_pool="),
                N(usize::from(n > 0)),
                S(", n_qstr="),
                N(n),
                S(", n_str_data_bytes="),
                N(text),
                S(", n_total_bytes="),
                N(total),
                S("\n"),
            ],
        )?;
        if let Some(&v) = a.first() {
            if crate::obj::is_true(v)? {
                for i in 0..n {
                    if let Some(t) = pool.text(i) {
                        out.write_str("Q(")?;
                        out.write_str(t)?;
                        out.write_str(")\n")?;
                    }
                }
            }
        }
        Ok(Obj::NONE)
    }
}
