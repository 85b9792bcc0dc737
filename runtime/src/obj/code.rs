//! Code objects: what the compiler produces and the VM runs (MicroPython's raw code).

use super::repr::{ObjBase, PyObj};
use super::{Obj, Type};
use crate::qstr::Qstr;

/// Flags of a code object.
pub mod flags {
    /// The function takes `*args` (the slot after the positional parameters).
    pub const VARARGS: u16 = 1 << 0;
    /// The function takes `**kwargs` (the slot after `*args`, if any).
    pub const VARKW: u16 = 1 << 1;
    /// Calling it makes a generator.
    pub const GENERATOR: u16 = 1 << 2;
    /// Module-level code: names go through `LoadName`/`StoreName`.
    pub const MODULE: u16 = 1 << 3;
    /// Constant 0 is the function's docstring (`doc_strings` feature).
    pub const DOC: u16 = 1 << 4;
}

/// Bytecode offset where a source line starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineEntry {
    pub offset: u16,
    pub line: u16,
}

/// A compiled function or module body.
///
/// Local slots: `0..n_pos_args` are the positional parameters, then the keyword-only
/// ones, then `*args` and `**kwargs` when flagged, then other locals; the last `n_free` slots receive the closure's free
/// cells at call time; the slots listed in `cells` are wrapped in fresh cells at entry
/// (after the arguments are stored) because inner functions capture them.
#[repr(C)]
pub struct Code {
    pub base: ObjBase,
    /// The function name (`<module>` for module code, `<lambda>`, ...).
    pub name: Qstr,
    /// The source name (`<stdin>`, a file name).
    pub file: Qstr,
    pub flags: u16,
    /// Parameters that may be given positionally (the first `n_posonly_args` only so).
    pub n_pos_args: u16,
    pub n_posonly_args: u16,
    /// Keyword-only parameters (after the positional ones).
    pub n_kwonly_args: u16,
    /// Deepest nesting of `try`/`with` blocks (entries of the frame's handler stack).
    pub max_handlers: u16,
    pub n_locals: u16,
    pub n_free: u16,
    /// Maximum depth of the value stack.
    pub stack_size: u16,
    pub bytecode: &'static [u8],
    pub consts: &'static [Obj],
    /// Names of all local slots, parameters first (for keyword arguments and messages).
    pub local_names: &'static [Qstr],
    pub cells: &'static [u16],
    /// Sorted by offset.
    pub lines: &'static [LineEntry],
}

pub static CODE_TYPE: Type = Type { name: qstr!("code"), ..Type::EMPTY };

// SAFETY: `Code` is `#[repr(C)]` with `ObjBase` first, and only objects of `CODE_TYPE`
// are code objects.
unsafe impl PyObj for Code {
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &CODE_TYPE)
    }
}

impl Code {
    /// The source line of the instruction at `offset`.
    pub fn line_at(&self, offset: usize) -> u16 {
        let mut line = 0;
        for e in self.lines {
            if e.offset as usize > offset {
                break;
            }
            line = e.line;
        }
        line
    }
}
