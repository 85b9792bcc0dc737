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
/// ones, then `*args` and `**kwargs` when flagged, then other locals; the last `n_free`
/// slots receive the closure's free cells at call time; the slots listed in `cells` are
/// wrapped in fresh cells at entry (after the arguments are stored) because inner
/// functions capture them.
///
/// The five arrays (constants, local names, cells, bytecode, line table) are one block of
/// data after another (the layout of [`CodeData`]), reached through one pointer and five
/// 16-bit lengths: a compiled code object is one heap block, header and arrays (48 bytes of
/// header on a 64-bit host where five slices took 80, and no block rounding per array); a
/// frozen one is two statics.
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
    /// The lengths of the arrays in `data`, in their order. Private, as `data`: only
    /// [`Code::alloc`] and [`Code::frozen`] set them, so they always describe real arrays.
    lens: [u16; 5],
    /// The arrays (see [`CodeData`]): in the same heap block as the header, or a static.
    data: *const u8,
}

// SAFETY: the runtime is single-threaded, and a code object and its data never change
// after they are made.
unsafe impl Sync for Code {}

pub static CODE_TYPE: Type = Type { name: qstr!("code"), ..Type::EMPTY };

// SAFETY: `Code` is `#[repr(C)]` with `ObjBase` first, and only objects of `CODE_TYPE`
// are code objects.
unsafe impl PyObj for Code {
    const TYPE: Option<&'static Type> = Some(&CODE_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &CODE_TYPE)
    }
}

/// A frozen code object's arrays, one after another as [`Code::data`] holds them: `C`
/// constants, `N` local names, `L` cells, then the bytecode and the line table in `bytes`.
#[repr(C)]
pub struct CodeData<const C: usize, const N: usize, const L: usize, const B: usize> {
    pub consts: [Obj; C],
    pub local_names: [Qstr; N],
    pub cells: [u16; L],
    pub bytes: [u8; B],
}

/// A code object's arrays, for [`Code::alloc`].
pub struct Parts<'a> {
    pub consts: &'a [Obj],
    pub local_names: &'a [Qstr],
    pub cells: &'a [u16],
    pub bytecode: &'a [u8],
    pub lines: &'a [u8],
}

impl Parts<'_> {
    /// The lengths as [`Code::lens`] holds them, or `None` if one is past `u16::MAX`.
    pub fn lens(&self) -> Option<[u16; 5]> {
        Some([
            u16::try_from(self.consts.len()).ok()?,
            u16::try_from(self.local_names.len()).ok()?,
            u16::try_from(self.cells.len()).ok()?,
            u16::try_from(self.bytecode.len()).ok()?,
            u16::try_from(self.lines.len()).ok()?,
        ])
    }
}

/// Byte offsets of the five arrays in the data, and its length, for lengths `lens`.
const fn offsets(lens: [u16; 5]) -> [usize; 6] {
    let names = lens[0] as usize * core::mem::size_of::<Obj>();
    let cells = names + lens[1] as usize * core::mem::size_of::<Qstr>();
    let bytecode = cells + lens[2] as usize * 2;
    let lines = bytecode + lens[3] as usize;
    [0, names, cells, bytecode, lines, lines + lens[4] as usize]
}

impl Code {
    /// A code object with these counts and no arrays: the header that [`Code::alloc`] and
    /// [`Code::frozen`] complete.
    #[allow(clippy::too_many_arguments)]
    pub const fn header(
        name: Qstr,
        file: Qstr,
        flags: u16,
        n_pos_args: u16,
        n_posonly_args: u16,
        n_kwonly_args: u16,
        max_handlers: u16,
        n_locals: u16,
        n_free: u16,
        stack_size: u16,
    ) -> Code {
        Code {
            base: ObjBase::new(&CODE_TYPE),
            name,
            file,
            flags,
            n_pos_args,
            n_posonly_args,
            n_kwonly_args,
            max_handlers,
            n_locals,
            n_free,
            stack_size,
            lens: [0; 5],
            // Empty arrays still need an aligned, non-null pointer.
            data: core::ptr::NonNull::<Obj>::dangling().as_ptr() as *const u8,
        }
    }

    /// A frozen code object: `header` with the arrays of the static `data`, whose first
    /// `n_bytecode` bytes are the bytecode and the rest the line table.
    pub const fn frozen<const C: usize, const N: usize, const L: usize, const B: usize>(
        header: Code,
        data: &'static CodeData<C, N, L, B>,
        n_bytecode: u16,
    ) -> Code {
        // Lengths past a `u16` cannot come from the compiler; clamping keeps every slice
        // inside its array whatever the arguments.
        const fn len16(n: usize) -> u16 {
            if n > u16::MAX as usize {
                u16::MAX
            } else {
                n as u16
            }
        }
        let bc = if (n_bytecode as usize) < B { n_bytecode } else { len16(B) };
        let lines = len16(B - bc as usize);
        Code {
            lens: [len16(C), len16(N), len16(L), bc, lines],
            data: data as *const CodeData<C, N, L, B> as *const u8,
            ..header
        }
    }

    /// A heap code object: `header` (from [`Code::header`]) with copies of `parts` after it
    /// in the same block.
    ///
    /// # Errors
    /// `MemoryError`; `ValueError` if an array is longer than 65,535 items.
    pub fn alloc(header: Code, parts: &Parts<'_>) -> Result<&'static Code, crate::obj::exc::Exc> {
        let lens = parts.lens().ok_or_else(|| crate::obj::exc::value_error(msg!("code too large")))?;
        let offs = offsets(lens);
        let head = core::mem::size_of::<Code>();
        let block = crate::gc::alloc(head + offs[5])?.as_ptr();
        // SAFETY: `block` is a fresh, zeroed, word-aligned heap block of `head + offs[5]`
        // bytes that nothing else refers to: the header fits at its start (`Code` is
        // word-aligned), and each array at its offset after it, the constants word-aligned
        // (`size_of::<Code>()` is a multiple of the word) and the names and cells 2-aligned
        // (the offsets before them are even). The block stays alive while `block` (on the
        // stack) or the returned reference points into it.
        unsafe {
            let data = block.add(head);
            core::ptr::copy_nonoverlapping(parts.consts.as_ptr(), data.add(offs[0]) as *mut Obj, parts.consts.len());
            let names = data.add(offs[1]) as *mut Qstr;
            core::ptr::copy_nonoverlapping(parts.local_names.as_ptr(), names, parts.local_names.len());
            core::ptr::copy_nonoverlapping(parts.cells.as_ptr(), data.add(offs[2]) as *mut u16, parts.cells.len());
            core::ptr::copy_nonoverlapping(parts.bytecode.as_ptr(), data.add(offs[3]), parts.bytecode.len());
            core::ptr::copy_nonoverlapping(parts.lines.as_ptr(), data.add(offs[4]), parts.lines.len());
            (block as *mut Code).write(Code { lens, data, ..header });
            Ok(&*(block as *const Code))
        }
    }

    /// The data's array `i` (see [`offsets`]) as a slice of `T`.
    #[inline]
    fn array<T>(&self, i: usize) -> &'static [T] {
        let offs = offsets(self.lens);
        // SAFETY: `data` points at the arrays laid out as `offsets` computes them, for
        // these lengths (`alloc`, or a `CodeData` static whose fields have the same
        // layout), each aligned for its type, immutable, and alive as long as the code
        // object: in its own heap block or a static.
        unsafe { core::slice::from_raw_parts(self.data.add(offs[i]) as *const T, usize::from(self.lens[i])) }
    }

    /// The constants (`LoadConst` operands, nested code objects...).
    #[inline]
    pub fn consts(&self) -> &'static [Obj] {
        self.array(0)
    }

    /// Names of all local slots, parameters first (for keyword arguments and messages).
    #[inline]
    pub fn local_names(&self) -> &'static [Qstr] {
        self.array(1)
    }

    /// The local slots that inner functions capture.
    #[inline]
    pub fn cells(&self) -> &'static [u16] {
        self.array(2)
    }

    #[inline]
    pub fn bytecode(&self) -> &'static [u8] {
        self.array(3)
    }

    /// Where source lines start, sorted by offset, in the compact form of
    /// [`push_line_entry`]; read with [`Code::line_entries`].
    #[inline]
    pub fn lines(&self) -> &'static [u8] {
        self.array(4)
    }

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
        Lines { bytes: self.lines(), at: LineEntry { offset: 0, line: 0 } }
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
