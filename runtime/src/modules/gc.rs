//! `gc` (MicroPython's `modgc.c`): control of the collector in `crate::gc`.
//!
//! `collect` returns the number of allocations freed, as the unix port's does;
//! `mem_free`/`mem_alloc` count whole blocks, so the two always add up to the heap's
//! size; `threshold(n)` collects once `n` bytes (rounded down to blocks) were allocated
//! since the last collection, `threshold(-1)` (any negative) switches that off.
//! `disable()` stops automatic collections: an allocation that finds no room raises
//! `MemoryError` instead of collecting.

use crate::gc::{self, BLOCK};
use crate::obj::dict::{sort_entries, RomDict, RomEntry};
use crate::obj::exc::Exc;
use crate::obj::fun::NativeFn;
use crate::obj::module::Module;
use crate::obj::{int, Obj};

pub static MODULE: Module = Module::new(qstr!("gc"), &GLOBALS);

static GLOBALS: RomDict = RomDict::new(&sort_entries([
    RomEntry::new(qstr!("__name__"), Obj::from_qstr(qstr!("gc"))),
    RomEntry::new(qstr!("collect"), Obj::from_static(&COLLECT)),
    RomEntry::new(qstr!("enable"), Obj::from_static(&ENABLE)),
    RomEntry::new(qstr!("disable"), Obj::from_static(&DISABLE)),
    RomEntry::new(qstr!("isenabled"), Obj::from_static(&ISENABLED)),
    RomEntry::new(qstr!("mem_free"), Obj::from_static(&MEM_FREE)),
    RomEntry::new(qstr!("mem_alloc"), Obj::from_static(&MEM_ALLOC)),
    RomEntry::new(qstr!("threshold"), Obj::from_static(&THRESHOLD)),
]));

static COLLECT: NativeFn = NativeFn::new(qstr!("collect"), 0, 0, gc_collect);
static ENABLE: NativeFn = NativeFn::new(qstr!("enable"), 0, 0, gc_enable);
static DISABLE: NativeFn = NativeFn::new(qstr!("disable"), 0, 0, gc_disable);
static ISENABLED: NativeFn = NativeFn::new(qstr!("isenabled"), 0, 0, gc_isenabled);
static MEM_FREE: NativeFn = NativeFn::new(qstr!("mem_free"), 0, 0, gc_mem_free);
static MEM_ALLOC: NativeFn = NativeFn::new(qstr!("mem_alloc"), 0, 0, gc_mem_alloc);
static THRESHOLD: NativeFn = NativeFn::new(qstr!("threshold"), 0, 1, gc_threshold);

fn gc_collect(_: &[Obj]) -> Result<Obj, Exc> {
    int::from_u64(gc::collect() as u64)
}

fn gc_enable(_: &[Obj]) -> Result<Obj, Exc> {
    gc::root::heap().auto.set(true);
    Ok(Obj::NONE)
}

fn gc_disable(_: &[Obj]) -> Result<Obj, Exc> {
    gc::root::heap().auto.set(false);
    Ok(Obj::NONE)
}

fn gc_isenabled(_: &[Obj]) -> Result<Obj, Exc> {
    Ok(Obj::from_bool(gc::root::heap().auto.get()))
}

fn gc_mem_free(_: &[Obj]) -> Result<Obj, Exc> {
    int::from_u64(gc::root::heap().info().free as u64)
}

fn gc_mem_alloc(_: &[Obj]) -> Result<Obj, Exc> {
    int::from_u64(gc::root::heap().info().used as u64)
}

fn gc_threshold(args: &[Obj]) -> Result<Obj, Exc> {
    let heap = gc::root::heap();
    match args.first() {
        None => match heap.threshold.get() {
            usize::MAX => Ok(Obj::small_int(-1)),
            blocks => int::from_u64(blocks as u64 * BLOCK as u64),
        },
        Some(&n) => {
            let n = int::expect_i64(n)?;
            heap.threshold.set(if n < 0 {
                usize::MAX
            } else {
                (n as u64 / BLOCK as u64).min(usize::MAX as u64 - 1) as usize
            });
            Ok(Obj::NONE)
        }
    }
}
