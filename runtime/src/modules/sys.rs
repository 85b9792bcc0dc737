//! `sys`: the implementation name and version, the platform, `exit`.
//!
//! With `attrtuple` on, `sys.implementation` prints in its named form and has
//! attributes; off, it is the seed's plain tuple `('micropython', (1, 21, 0))`.

use crate::config;
use crate::obj::dict::{RomDict, RomEntry};
use crate::obj::exc::{self, Exc};
use crate::obj::fun::NativeFn;
use crate::obj::module::Module;
use crate::obj::str::StrObj;
use crate::obj::tuple::RomTuple;
use crate::obj::Obj;

pub static MODULE: Module = Module::new(qstr!("sys"), &GLOBALS).with_dynamic(sys_attr);

/// The attributes that live in the runtime's state: `path`, `modules`, `argv`.
fn sys_attr(_m: Obj, name: crate::qstr::Qstr) -> Result<Obj, Exc> {
    let st = crate::gc::root::state();
    Ok(match name {
        n if n == qstr!("path") => st.path.get(),
        n if n == qstr!("modules") => st.loaded.get(),
        n if n == qstr!("argv") && !st.argv.get().is_null() => st.argv.get(),
        _ => Obj::NULL,
    })
}

static GLOBALS: RomDict = RomDict::new(&crate::obj::dict::sort_entries([
    RomEntry::new(qstr!("__name__"), Obj::from_qstr(qstr!("sys"))),
    RomEntry::new(qstr!("implementation"), IMPLEMENTATION),
    RomEntry::new(qstr!("platform"), Obj::from_static(&PLATFORM)),
    RomEntry::new(qstr!("version"), Obj::from_static(&VERSION)),
    RomEntry::new(qstr!("version_info"), Obj::from_static(&VERSION_INFO)),
    RomEntry::new(qstr!("byteorder"), Obj::from_qstr(qstr!("little"))),
    RomEntry::new(qstr!("maxsize"), Obj::small_int(crate::obj::repr::SMALL_INT_MAX)),
    RomEntry::new(qstr!("exit"), Obj::from_static(&EXIT)),
]));

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
static IMPL_FIELDS: RomTuple<3> =
    RomTuple::new([Obj::from_qstr(qstr!("name")), Obj::from_qstr(qstr!("version")), Obj::from_qstr(qstr!("_machine"))]);
#[cfg(mp_feature = "attrtuple")]
static IMPL: crate::obj::tuple::RomAttrTuple<3> = crate::obj::tuple::RomAttrTuple::new(
    [Obj::from_qstr(qstr!("micropython")), Obj::from_static(&MP_VERSION), Obj::from_static(&MACHINE)],
    &IMPL_FIELDS,
);
#[cfg(mp_feature = "attrtuple")]
const IMPLEMENTATION: Obj = Obj::from_static(&IMPL);

static EXIT: NativeFn = NativeFn::new(qstr!("exit"), 0, 1, sys_exit);

fn sys_exit(args: &[Obj]) -> Result<Obj, Exc> {
    Err(exc::new(&exc::SYSTEM_EXIT, args))
}
