//! `errno`: the error numbers of MicroPython's unix port (`errno.ENOENT`, ...) and
//! `errorcode`, the dict from number to name. The names and numbers are one table,
//! `exc::ERRNO_TABLE`, which `OSError` also prints from (`[Errno 2] ENOENT`).
//!
//! The constants are a ROM table built from that table at compile time. `errorcode` is a
//! dict made each time the attribute is read (22 entries), because ROM dicts are keyed by
//! names, not ints: `errno.errorcode[2]` works as in MicroPython, but two reads are two
//! dicts, and changing one changes nothing else (MicroPython's is a read-only dict).

use crate::obj::dict::{self, sort_entries, DictObj, RomDict, RomEntry};
use crate::obj::exc::{Exc, ERRNO_TABLE};
use crate::obj::module::Module;
use crate::obj::Obj;
use crate::qstr::Qstr;

pub static MODULE: Module = Module::new(qstr!("errno"), &GLOBALS).with_dynamic(errno_attr);

const N: usize = ERRNO_TABLE.len();

/// `__name__` and one entry per errno name.
const fn entries() -> [RomEntry; N + 1] {
    let mut out = [RomEntry::new(qstr!("__name__"), Obj::from_qstr(qstr!("errno"))); N + 1];
    let mut i = 0;
    while i < N {
        let (value, name) = ERRNO_TABLE[i];
        out[i + 1] = RomEntry::new(name, Obj::small_int(value));
        i += 1;
    }
    out
}

static GLOBALS: RomDict = RomDict::new(&sort_entries(entries()));

/// `errno.errorcode`: a new dict `{number: 'NAME'}`.
fn errno_attr(_m: Obj, name: Qstr) -> Result<Obj, Exc> {
    if name != qstr!("errorcode") {
        return Ok(Obj::NULL);
    }
    let d = dict::new()?;
    if let Some(t) = d.downcast::<DictObj>() {
        for (value, name) in ERRNO_TABLE {
            t.set(Obj::small_int(value), Obj::from_qstr(name))?;
        }
    }
    Ok(d)
}
