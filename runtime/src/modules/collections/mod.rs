//! `collections` (MicroPython's `modcollections.c`): `namedtuple`, `deque`, `OrderedDict`.
//! MicroPython's unix port has no `defaultdict`, so neither does this module.

mod deque;
mod namedtuple;
mod ordered_dict;

use crate::obj::dict::{sort_entries, RomDict, RomEntry};
use crate::obj::module::Module;
use crate::obj::Obj;

pub use deque::DEQUE_TYPE;
pub use ordered_dict::ORDERED_DICT_TYPE;

pub static MODULE: Module = Module::new(qstr!("collections"), &GLOBALS);

static GLOBALS: RomDict = RomDict::new(&sort_entries([
    RomEntry::new(qstr!("__name__"), Obj::from_qstr(qstr!("collections"))),
    RomEntry::new(qstr!("namedtuple"), Obj::from_static(&namedtuple::NAMEDTUPLE)),
    RomEntry::new(qstr!("deque"), Obj::from_static(&DEQUE_TYPE)),
    RomEntry::new(qstr!("OrderedDict"), Obj::from_static(&ORDERED_DICT_TYPE)),
]));
