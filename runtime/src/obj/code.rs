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
    /// Where source lines start, sorted by offset, in the compact form of
    /// [`push_line_entry`]; read with [`Code::line_entries`].
    pub lines: &'static [u8],
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
        for e in self.line_entries() {
            if e.offset as usize > offset {
                break;
            }
            line = e.line;
        }
        line
    }

    /// The line table's entries, in offset order.
    pub fn line_entries(&self) -> Lines<'static> {
        Lines { bytes: self.lines, at: LineEntry { offset: 0, line: 0 } }
    }
}

/// The first byte of a long line-table entry; below it a byte is a short one.
const LONG_ENTRY: u8 = 0xe0;

/// Append entry `e` to the line table `out`, whose last entry is `prev` (offset 0, line 0
/// before the first). A line table is bytes (MicroPython keeps its own this compactly too),
/// each entry relative to the one before: an entry that moves the offset by 0..=31 and the
/// line by 0..=6 is one byte, `line_step << 5 | offset_step` (below [`LONG_ENTRY`]); any
/// other is [`LONG_ENTRY`] and the entry's offset and line as `u16`s, little-endian. Most
/// entries are one byte, against four as pairs of `u16`s.
///
/// # Errors
/// `MemoryError`.
pub fn push_line_entry(
    out: &mut crate::gc::GcVec<u8>,
    prev: LineEntry,
    e: LineEntry,
) -> Result<(), crate::obj::exc::Exc> {
    let (d_off, d_line) = (e.offset.wrapping_sub(prev.offset), e.line.wrapping_sub(prev.line));
    if d_off < 32 && d_line < 7 {
        out.push((d_line << 5 | d_off) as u8)
    } else {
        let [o0, o1] = e.offset.to_le_bytes();
        let [l0, l1] = e.line.to_le_bytes();
        out.extend_from_slice(&[LONG_ENTRY, o0, o1, l0, l1])
    }
}

/// The entries of a line table ([`push_line_entry`]). A truncated long entry (from
/// a damaged `.mpy` file) ends the table.
pub struct Lines<'a> {
    bytes: &'a [u8],
    at: LineEntry,
}

impl Iterator for Lines<'_> {
    type Item = LineEntry;

    fn next(&mut self) -> Option<LineEntry> {
        let (&b, rest) = self.bytes.split_first()?;
        if b < LONG_ENTRY {
            self.at.offset = self.at.offset.wrapping_add(u16::from(b & 31));
            self.at.line = self.at.line.wrapping_add(u16::from(b >> 5));
            self.bytes = rest;
        } else {
            let [o0, o1, l0, l1, more @ ..] = rest else {
                self.bytes = &[];
                return None;
            };
            self.at = LineEntry { offset: u16::from_le_bytes([*o0, *o1]), line: u16::from_le_bytes([*l0, *l1]) };
            self.bytes = more;
        }
        Some(self.at)
    }
}
