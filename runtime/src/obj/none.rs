//! `None`, `...`, and the internal "no value" marker.

use super::{exc::Exc, Obj, Type};
use crate::print::{Print, PrintKind};

pub static NONE_TYPE: Type = Type { name: qstr!("NoneType"), print: Some(none_print), ..Type::EMPTY };
pub static ELLIPSIS_TYPE: Type = Type { name: qstr!("ellipsis"), print: Some(none_print), ..Type::EMPTY };
/// The type reported for `Obj::NULL`; never visible to correct Python code.
pub static NULL_TYPE: Type = Type { name: qstr!("NULL"), ..Type::EMPTY };

fn none_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    out.write(if o == Obj::NONE { b"None" } else { b"Ellipsis" })
}
