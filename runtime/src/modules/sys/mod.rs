//! `sys` (MicroPython's `py/modsys.c`): the implementation's name, version and build, the
//! platform, `argv`, `path`, `modules`, `exit`, `print_exception`, and from level `extra`
//! the console streams `stdin`, `stdout`, `stderr` (with `.buffer`, in `stdio`).
//!
//! With `attrtuple` on, `sys.implementation` prints in its named form and has
//! attributes `name`, `version`, `_machine` and `_build` (MicroPython's board/variant
//! build name, `[board] build` in board.toml). Off, it is the seed's plain tuple
//! `('micropython', (1, 21, 0))`.
//!
//! Left out on purpose: `_mpy`, because this runtime cannot import MicroPython's `.mpy`
//! files (tools read `_mpy` to pick a compiled package: `mpremote mip` installs `.py`
//! sources when it is absent); `_thread`, because there are no threads. MicroPython's
//! `getsizeof`, `tracebacklimit` and `settrace` belong to level `everything`, which no
//! board here uses.
//!
//! From level `extra`, `ps1` and `ps2` (the REPL's prompts, assignable: the module's
//! `store` hook keeps them in the runtime's state; every other attribute stays read-only,
//! as in MicroPython); from level `full` (the unix port's), `atexit(f)` (one function,
//! called by the host when the program or REPL ends: [`crate::exec::run_atexit`]; returns
//! the previous one), `exc_info()` (`(type, value, None)` of the exception being
//! handled, else three `None`s: MicroPython keeps no traceback object) and `executable`
//! (the host sets it: [`crate::exec::set_executable`]).

use crate::config;
use crate::obj::dict::{RomDict, RomEntry};
use crate::obj::exc::{self, Exc};
use crate::obj::fun::NativeFn;
use crate::obj::module::Module;
use crate::obj::str::StrObj;
use crate::obj::tuple::RomTuple;
use crate::obj::Obj;
use crate::print::{Console, PrintKind, StrBuf};

#[cfg(any(mp_level = "extra", mp_level = "full", mp_level = "everything"))]
pub(crate) mod stdio;

pub static MODULE: Module = Module::new(qstr!("sys"), &GLOBALS).with_dynamic(sys_attr).with_store(sys_store);

#[cfg(any(mp_level = "extra", mp_level = "full", mp_level = "everything"))]
static PS1: StrObj = StrObj::rom(">>> ");
#[cfg(any(mp_level = "extra", mp_level = "full", mp_level = "everything"))]
static PS2: StrObj = StrObj::rom("... ");

/// The attributes that live in the runtime's state: `path`, `modules`, `argv`, `ps1`,
/// `ps2`, `executable`.
fn sys_attr(_m: Obj, name: crate::qstr::Qstr) -> Result<Obj, Exc> {
    let st = crate::gc::root::state();
    let or = |o: Obj, default: Obj| if o.is_null() { default } else { o };
    #[cfg(any(mp_level = "extra", mp_level = "full", mp_level = "everything"))]
    if name == qstr!("ps1") {
        return Ok(or(st.ps1.get(), Obj::from_static(&PS1)));
    } else if name == qstr!("ps2") {
        return Ok(or(st.ps2.get(), Obj::from_static(&PS2)));
    }
    #[cfg(any(mp_level = "full", mp_level = "everything"))]
    if name == qstr!("executable") {
        return Ok(or(st.executable.get(), Obj::from_qstr(qstr!(""))));
    }
    let _ = or;
    Ok(match name {
        n if n == qstr!("path") => st.path.get(),
        n if n == qstr!("modules") => st.loaded.get(),
        // A board that sets no arguments has an empty `sys.argv`, as MicroPython's.
        n if n == qstr!("argv") => {
            if st.argv.get().is_null() {
                st.argv.set(crate::obj::list::new(&[])?);
            }
            st.argv.get()
        }
        _ => Obj::NULL,
    })
}

/// `sys.ps1 = ...`, `sys.ps2 = ...`; any other name is not assignable.
fn sys_store(_m: Obj, name: crate::qstr::Qstr, value: Obj) -> Result<bool, Exc> {
    let st = crate::gc::root::state();
    #[cfg(any(mp_level = "extra", mp_level = "full", mp_level = "everything"))]
    if name == qstr!("ps1") {
        st.ps1.set(value);
        return Ok(true);
    } else if name == qstr!("ps2") {
        st.ps2.set(value);
        return Ok(true);
    }
    let _ = (st, name, value);
    Ok(false)
}

#[cfg(any(mp_level = "full", mp_level = "everything"))]
static ATEXIT: NativeFn = NativeFn::new(qstr!("atexit"), 1, 1, sys_atexit);

/// `atexit(f)`: `f` is called when the program ends; returns the function it replaces.
#[cfg(any(mp_level = "full", mp_level = "everything"))]
fn sys_atexit(args: &[Obj]) -> Result<Obj, Exc> {
    let prev = crate::gc::root::state().atexit.replace(args[0]);
    Ok(if prev.is_null() { Obj::NONE } else { prev })
}

#[cfg(any(mp_level = "full", mp_level = "everything"))]
static EXC_INFO: NativeFn = NativeFn::new(qstr!("exc_info"), 0, 0, sys_exc_info);

/// `exc_info()`: `(type, value, None)` of the exception being handled, else `(None,
/// None, None)`.
#[cfg(any(mp_level = "full", mp_level = "everything"))]
fn sys_exc_info(_args: &[Obj]) -> Result<Obj, Exc> {
    let e = crate::gc::root::state().current_exc.get();
    if e.is_null() || e == Obj::NONE {
        return crate::obj::tuple::new(&[Obj::NONE, Obj::NONE, Obj::NONE]);
    }
    crate::obj::tuple::new(&[Obj::from_static(e.ty()), e, Obj::NONE])
}

static GLOBALS: RomDict = RomDict::new(&crate::obj::dict::sort_entries([
    RomEntry::new(qstr!("__name__"), Obj::from_qstr(qstr!("sys"))),
    RomEntry::new(qstr!("implementation"), IMPLEMENTATION),
    RomEntry::new(qstr!("platform"), Obj::from_static(&PLATFORM)),
    RomEntry::new(qstr!("version"), Obj::from_static(&VERSION)),
    RomEntry::new(qstr!("version_info"), Obj::from_static(&VERSION_INFO)),
    RomEntry::new(qstr!("byteorder"), Obj::from_qstr(qstr!("little"))),
    RomEntry::new(qstr!("maxsize"), MAXSIZE),
    RomEntry::new(qstr!("exit"), Obj::from_static(&EXIT)),
    RomEntry::new(qstr!("print_exception"), Obj::from_static(&PRINT_EXCEPTION)),
    #[cfg(any(mp_level = "full", mp_level = "everything"))]
    RomEntry::new(qstr!("atexit"), Obj::from_static(&ATEXIT)),
    #[cfg(any(mp_level = "full", mp_level = "everything"))]
    RomEntry::new(qstr!("exc_info"), Obj::from_static(&EXC_INFO)),
    #[cfg(any(mp_level = "extra", mp_level = "full", mp_level = "everything"))]
    RomEntry::new(qstr!("stdin"), Obj::from_static(&stdio::STDIN)),
    #[cfg(any(mp_level = "extra", mp_level = "full", mp_level = "everything"))]
    RomEntry::new(qstr!("stdout"), Obj::from_static(&stdio::STDOUT)),
    #[cfg(any(mp_level = "extra", mp_level = "full", mp_level = "everything"))]
    RomEntry::new(qstr!("stderr"), Obj::from_static(&stdio::STDERR)),
]));

/// `sys.maxsize`: the largest `isize` on a board with long ints (a ROM long int past the
/// small ints: 2**63-1 on the host, 2**31-1 on the MCU, as MicroPython's `MP_SSIZE_MAX`),
/// else the largest small int.
#[cfg(not(mp_longint = "none"))]
static MAXSIZE_DIGITS: [u32; 4] = crate::__private::big_digits(isize::MAX as i128);
#[cfg(not(mp_longint = "none"))]
static MAXSIZE_OBJ: crate::__private::BigConst = crate::__private::big_const(isize::MAX as i128, &MAXSIZE_DIGITS);
#[cfg(not(mp_longint = "none"))]
const MAXSIZE: Obj = Obj::from_static(&MAXSIZE_OBJ);
#[cfg(mp_longint = "none")]
const MAXSIZE: Obj = Obj::small_int(crate::obj::repr::SMALL_INT_MAX);

static PLATFORM: StrObj = StrObj::rom(config::PLATFORM);
static VERSION: StrObj = StrObj::rom(concat!("3.4.0; MicroPython v", "1.21.0"));
static VERSION_INFO: RomTuple<3> = RomTuple::new([Obj::small_int(3), Obj::small_int(4), Obj::small_int(0)]);
static MP_VERSION: RomTuple<3> = RomTuple::new([
    Obj::small_int(config::VERSION.0 as isize),
    Obj::small_int(config::VERSION.1 as isize),
    Obj::small_int(config::VERSION.2 as isize),
]);

#[cfg(not(mp_feature = "attrtuple"))]
static IMPL: RomTuple<2> = RomTuple::new([Obj::from_qstr(qstr!("micropython")), Obj::from_static(&MP_VERSION)]);
#[cfg(not(mp_feature = "attrtuple"))]
const IMPLEMENTATION: Obj = Obj::from_static(&IMPL);

#[cfg(mp_feature = "attrtuple")]
static MACHINE: StrObj = StrObj::rom(config::MACHINE);
#[cfg(mp_feature = "attrtuple")]
static BUILD: StrObj = StrObj::rom(config::BUILD);
#[cfg(mp_feature = "attrtuple")]
static IMPL_FIELDS: RomTuple<4> = RomTuple::new([
    Obj::from_qstr(qstr!("name")),
    Obj::from_qstr(qstr!("version")),
    Obj::from_qstr(qstr!("_machine")),
    Obj::from_qstr(qstr!("_build")),
]);
#[cfg(mp_feature = "attrtuple")]
static IMPL: crate::obj::tuple::RomAttrTuple<4> = crate::obj::tuple::RomAttrTuple::new(
    [
        Obj::from_qstr(qstr!("micropython")),
        Obj::from_static(&MP_VERSION),
        Obj::from_static(&MACHINE),
        Obj::from_static(&BUILD),
    ],
    &IMPL_FIELDS,
);
#[cfg(mp_feature = "attrtuple")]
const IMPLEMENTATION: Obj = Obj::from_static(&IMPL);

static EXIT: NativeFn = NativeFn::new(qstr!("exit"), 0, 1, sys_exit);

fn sys_exit(args: &[Obj]) -> Result<Obj, Exc> {
    Err(exc::new(&exc::SYSTEM_EXIT, args))
}

static PRINT_EXCEPTION: NativeFn = NativeFn::new(qstr!("print_exception"), 1, 2, sys_print_exception);

/// `print_exception(exc, file=sys.stdout)`: the traceback as an uncaught exception prints
/// it, to the console or through `file.write` (MicroPython takes only its stream objects
/// there and raises `OSError` for others, `None` included; any object with `write` is
/// accepted here). Anything that is not an exception prints as `print` would print it.
fn sys_print_exception(args: &[Obj]) -> Result<Obj, Exc> {
    let file = args.get(1).copied().filter(|&f| !is_stdout(f));
    let Some(file) = file else {
        print_exception_to(args[0], &mut Console)?;
        return Ok(Obj::NONE);
    };
    let mut buf = StrBuf::new();
    print_exception_to(args[0], &mut buf)?;
    let write = crate::obj::lookup_attr(file, qstr!("write"))?;
    if write.is_null() {
        return Err(exc::new_msg(&exc::OS_ERROR, msg!("stream operation not supported")));
    }
    let s = crate::obj::str::from_gcvec(buf.buf)?;
    crate::obj::call(write, &[s])?;
    Ok(Obj::NONE)
}

fn print_exception_to(e: Obj, out: &mut dyn crate::print::Print) -> Result<(), Exc> {
    match Exc::from_obj(e) {
        Some(e) => exc::print_exception(e, out),
        None => {
            crate::obj::print(e, out, PrintKind::Str)?;
            out.write(b"\n")
        }
    }
}

/// Whether `f` is `sys.stdout` (written straight to the console).
fn is_stdout(f: Obj) -> bool {
    #[cfg(any(mp_level = "extra", mp_level = "full", mp_level = "everything"))]
    if f == Obj::from_static(&stdio::STDOUT) {
        return true;
    }
    let _ = f;
    false
}
