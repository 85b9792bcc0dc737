//! Cells: boxes for variables shared between a function and its closures.

use core::cell::Cell;

use super::repr::{ObjBase, PyObj};
use super::{exc::Exc, Obj, Type};

#[repr(C)]
pub struct CellObj {
    pub base: ObjBase,
    pub value: Cell<Obj>,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `CELL_TYPE` objects are `CellObj`s.
unsafe impl PyObj for CellObj {
    const TYPE: Option<&'static Type> = Some(&CELL_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &CELL_TYPE)
    }
}

pub static CELL_TYPE: Type = Type { name: qstr!("cell"), ..Type::EMPTY };

/// A new cell holding `v` (NULL: empty).
///
/// # Errors
/// `MemoryError`.
pub fn new(v: Obj) -> Result<Obj, Exc> {
    Ok(Obj::from_ref(crate::gc::new(CellObj { base: ObjBase::new(&CELL_TYPE), value: Cell::new(v) })?))
}
