//! `micropython`: what the compiler and programs ask of the runtime itself. For now
//! `const` (folded at compile time for `NAME = const(int)` at module level; at run time
//! the identity) and `opt_level`. The rest of MicroPython's module is tracked in the
//! modules issue.

use crate::obj::dict::{sort_entries, RomDict, RomEntry};
use crate::obj::exc::Exc;
use crate::obj::fun::NativeFn;
use crate::obj::module::Module;
use crate::obj::Obj;

pub static MODULE: Module = Module::new(qstr!("micropython"), &GLOBALS);

static GLOBALS: RomDict = RomDict::new(&sort_entries([
    RomEntry::new(qstr!("__name__"), Obj::from_qstr(qstr!("micropython"))),
    RomEntry::new(qstr!("const"), Obj::from_static(&CONST)),
    RomEntry::new(qstr!("opt_level"), Obj::from_static(&OPT_LEVEL)),
]));

static CONST: NativeFn = NativeFn::new(qstr!("const"), 1, 1, |a: &[Obj]| -> Result<Obj, Exc> { Ok(a[0]) });
static OPT_LEVEL: NativeFn =
    NativeFn::new(qstr!("opt_level"), 0, 1, |_: &[Obj]| -> Result<Obj, Exc> { Ok(Obj::small_int(0)) });
