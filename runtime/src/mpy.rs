//! Compiled modules in a file (`.mpy`, this project's own format, not MicroPython's): what
//! `mpy-cross` writes and `import` loads when a directory of `sys.path` has `name.mpy` but no
//! `name.py`. The header names the format version and the board properties compiled code
//! depends on (float and int implementations), so a file from another build is refused with
//! `ValueError: incompatible .mpy file (expected ..., found ...)`.
//!
//! Layout, little-endian: `RMPY`, version `u8`, float kind `u8`, longint kind `u8`, then
//! the module's code object. A code object: its name table (`u16` count, each a `u16`
//! length and UTF-8), the name and file (indices into it), nine `u16` fields, the bytecode
//! (`u32` length; qstr operands are name-table indices), the constants (`u16` count, each
//! a tag and its value), local names (indices), cells and the line table (`u16` length and
//! the compact bytes of `code::push_line_entry`; version 2). Everything read
//! is checked: a truncated or malformed file raises `ValueError`, never reads out of bounds,
//! and the bytecode is checked to decode instruction by instruction with its operands in
//! range before it can run.

use crate::bytecode::{read_u16, Op};
use crate::gc::GcVec;
use crate::obj::code::{self, Code};
use crate::obj::exc::{self, Exc};
use crate::obj::{self, bytes, int, str as pystr, tuple, Obj};
use crate::print::{PrintKind, StrBuf};
use crate::qstr::{self, Qstr};

/// The format's version: bumped whenever the bytecode or this layout changes.
pub const VERSION: u8 = 3;

const MAGIC: &[u8; 4] = b"RMPY";

/// Float implementation byte of this build (0 none, 1 single, 2 double).
const FLOAT_KIND: u8 = if cfg!(mp_float = "double") {
    2
} else if cfg!(mp_float = "float") {
    1
} else {
    0
};
/// Int implementation byte (0 small ints only, 1 64-bit, 2 arbitrary precision).
const LONGINT_KIND: u8 = if cfg!(mp_longint = "mpz") {
    2
} else if cfg!(mp_longint = "longlong") {
    1
} else {
    0
};

// Constant tags.
const T_NONE: u8 = 0;
const T_TRUE: u8 = 1;
const T_FALSE: u8 = 2;
const T_ELLIPSIS: u8 = 3;
const T_INT: u8 = 4;
const T_BIGINT: u8 = 5;
const T_STR: u8 = 6;
const T_BYTES: u8 = 7;
#[cfg_attr(mp_float = "none", allow(dead_code))]
const T_FLOAT: u8 = 8;
const T_TUPLE: u8 = 9;
const T_CODE: u8 = 10;
const T_QSTR: u8 = 11;

/// Deepest nesting of code objects and constant tuples a file may have.
const MAX_DEPTH: u32 = 64;

/// Write `code` (a module's code) as a `.mpy` file's bytes to `out`.
///
/// # Errors
/// `MemoryError`; `ValueError` for a constant this format cannot hold.
pub fn save(code: &Code, out: &mut GcVec<u8>) -> Result<(), Exc> {
    out.extend_from_slice(MAGIC)?;
    out.extend_from_slice(&[VERSION, FLOAT_KIND, LONGINT_KIND])?;
    save_code(code, out)
}

fn put_u16(out: &mut GcVec<u8>, v: usize) -> Result<(), Exc> {
    let v = u16::try_from(v).map_err(|_| exc::value_error(msg!("code too large for a .mpy file")))?;
    out.extend_from_slice(&v.to_le_bytes())
}

/// The index of `q` in `names`, added if new.
fn name_index(names: &mut GcVec<Qstr>, q: Qstr) -> Result<usize, Exc> {
    if let Some(i) = names.iter().position(|&n| n == q) {
        return Ok(i);
    }
    names.push(q)?;
    Ok(names.len() - 1)
}

fn save_code(code: &Code, out: &mut GcVec<u8>) -> Result<(), Exc> {
    // The name table first: every qstr the code object uses.
    let mut names: GcVec<Qstr> = GcVec::new();
    let name = name_index(&mut names, code.name)?;
    let file = name_index(&mut names, code.file)?;
    let mut bc: GcVec<u8> = GcVec::from_slice(code.bytecode())?;
    let mut pc = 0;
    while pc < bc.len() {
        let Some(op) = Op::from_u8(bc[pc]) else { return Err(exc::value_error(msg!("bad bytecode"))) };
        if op.has_qstr_operand() {
            let i = name_index(&mut names, Qstr::from_id(read_u16(&bc, pc + 1)))?;
            let b = (i as u16).to_le_bytes();
            bc[pc + 1] = b[0];
            bc[pc + 2] = b[1];
        }
        pc += 1 + op.operand_len();
    }
    let mut locals: GcVec<u16> = GcVec::new();
    for &q in code.local_names() {
        locals.push(name_index(&mut names, q)? as u16)?;
    }
    put_u16(out, names.len())?;
    for &q in names.iter() {
        let s = q.as_str().as_bytes();
        put_u16(out, s.len())?;
        out.extend_from_slice(s)?;
    }
    put_u16(out, name)?;
    put_u16(out, file)?;
    for v in [
        code.flags,
        code.n_pos_args,
        code.n_posonly_args,
        code.n_kwonly_args,
        code.max_handlers,
        code.n_locals,
        code.n_free,
        code.stack_size,
    ] {
        out.extend_from_slice(&v.to_le_bytes())?;
    }
    out.extend_from_slice(&(bc.len() as u32).to_le_bytes())?;
    out.extend_from_slice(&bc)?;
    put_u16(out, code.consts().len())?;
    for &c in code.consts() {
        save_const(c, out)?;
    }
    put_u16(out, locals.len())?;
    for &l in locals.iter() {
        out.extend_from_slice(&l.to_le_bytes())?;
    }
    put_u16(out, code.cells().len())?;
    for &c in code.cells() {
        out.extend_from_slice(&c.to_le_bytes())?;
    }
    put_u16(out, code.lines().len())?;
    out.extend_from_slice(code.lines())?;
    Ok(())
}

fn save_text(tag: u8, b: &[u8], out: &mut GcVec<u8>) -> Result<(), Exc> {
    out.push(tag)?;
    out.extend_from_slice(&(b.len() as u32).to_le_bytes())?;
    out.extend_from_slice(b)
}

fn save_const(o: Obj, out: &mut GcVec<u8>) -> Result<(), Exc> {
    match o {
        Obj::NONE => return out.push(T_NONE),
        Obj::TRUE => return out.push(T_TRUE),
        Obj::FALSE => return out.push(T_FALSE),
        Obj::ELLIPSIS => return out.push(T_ELLIPSIS),
        _ => {}
    }
    if o.is_small_int() {
        out.push(T_INT)?;
        return out.extend_from_slice(&(o.small_int_value() as i64).to_le_bytes());
    }
    if o.is_qstr() {
        return save_text(T_QSTR, o.qstr_value().as_str().as_bytes(), out);
    }
    if int::is_int(o) {
        // A big int: its decimal text, parsed back at load time.
        let mut s = StrBuf::new();
        obj::print(o, &mut s, PrintKind::Repr)?;
        return save_text(T_BIGINT, &s.buf, out);
    }
    if let Some(s) = o.downcast::<pystr::StrObj>() {
        return save_text(T_STR, s.as_bytes(), out);
    }
    if let Some(b) = o.downcast::<bytes::BytesObj>() {
        return save_text(T_BYTES, b.as_bytes(), out);
    }
    #[cfg(not(mp_float = "none"))]
    if let Some(f) = o.downcast::<obj::float::FloatObj>() {
        out.push(T_FLOAT)?;
        // As f64 whatever the board's precision (widening is exact).
        return out.extend_from_slice(&obj::float::to_f64_bits(f.value).to_le_bytes());
    }
    if let Some(items) = tuple::as_slice(o) {
        out.push(T_TUPLE)?;
        put_u16(out, items.len())?;
        for &x in items {
            save_const(x, out)?;
        }
        return Ok(());
    }
    if let Some(c) = o.downcast::<Code>() {
        out.push(T_CODE)?;
        return save_code(c, out);
    }
    Err(exc::new_msg_fmt(&exc::VALUE_ERROR, msg!("can't save a constant of type {} in a .mpy file"), &[o.ty().name()]))
}

/// Read a `.mpy` file's bytes into a module code object in the heap.
///
/// # Errors
/// `ValueError: incompatible .mpy file (...)` for another format or build;
/// `ValueError: invalid .mpy file` for a truncated or malformed one; `MemoryError`.
pub fn load(data: &[u8]) -> Result<&'static Code, Exc> {
    if data.len() < 7 || &data[..4] != MAGIC {
        return Err(exc::value_error(msg!("incompatible .mpy file (not one of this project's: no RMPY header)")));
    }
    let (version, float, longint) = (data[4], data[5], data[6]);
    if (version, float, longint) != (VERSION, FLOAT_KIND, LONGINT_KIND) {
        let mut m = StrBuf::new();
        let describe = |m: &mut StrBuf, v: u8, f: u8, l: u8| -> Result<(), Exc> {
            use crate::print::Print;
            m.write(b"version ")?;
            crate::print::print_int(m, v as i64)?;
            m.write(b", float ")?;
            m.write(["none", "single", "double"].get(f as usize).map_or(b"?".as_slice(), |s| s.as_bytes()))?;
            m.write(b", ints ")?;
            m.write(["small", "longlong", "mpz"].get(l as usize).map_or(b"?".as_slice(), |s| s.as_bytes()))
        };
        {
            use crate::print::Print;
            msg!("incompatible .mpy file (expected ").print(&mut m)?;
            describe(&mut m, VERSION, FLOAT_KIND, LONGINT_KIND)?;
            m.write(b"; found ")?;
            describe(&mut m, version, float, longint)?;
            m.write(b")")?;
        }
        let msg = pystr::from_gcvec(m.buf)?;
        return Err(exc::new(&exc::VALUE_ERROR, &[msg]));
    }
    let mut r = Reader { data, pos: 7 };
    let code = r.code(0)?;
    if r.pos != data.len() {
        return Err(invalid());
    }
    Ok(code)
}

#[cold]
fn invalid() -> Exc {
    exc::value_error(msg!("invalid .mpy file"))
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn bytes(&mut self, n: usize) -> Result<&[u8], Exc> {
        let end = self.pos.checked_add(n).ok_or_else(invalid)?;
        let b = self.data.get(self.pos..end).ok_or_else(invalid)?;
        self.pos = end;
        Ok(b)
    }

    fn u8(&mut self) -> Result<u8, Exc> {
        Ok(self.bytes(1)?[0])
    }

    fn u16(&mut self) -> Result<u16, Exc> {
        let b = self.bytes(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }

    fn u32(&mut self) -> Result<u32, Exc> {
        let b = self.bytes(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn u64(&mut self) -> Result<u64, Exc> {
        let b = self.bytes(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }

    /// UTF-8 text of `n` bytes.
    fn text(&mut self, n: usize) -> Result<&str, Exc> {
        crate::obj::unicode::as_utf8(self.bytes(n)?).ok_or_else(invalid)
    }

    fn code(&mut self, depth: u32) -> Result<&'static Code, Exc> {
        if depth > MAX_DEPTH {
            return Err(invalid());
        }
        let n_names = self.u16()? as usize;
        let mut names: GcVec<Qstr> = GcVec::with_capacity(n_names)?;
        for _ in 0..n_names {
            let len = self.u16()? as usize;
            let q = qstr::intern(self.text(len)?)?;
            names.push(q)?;
        }
        let name_at = |i: u16| names.get(i as usize).copied().ok_or_else(invalid);
        let name = name_at(self.u16()?)?;
        let file = name_at(self.u16()?)?;
        let mut f = [0u16; 8];
        for v in f.iter_mut() {
            *v = self.u16()?;
        }
        let [flags, n_pos_args, n_posonly_args, n_kwonly_args, max_handlers, n_locals, n_free, stack_size] = f;
        let bc_len = self.u32()? as usize;
        let mut bc: GcVec<u8> = GcVec::from_slice(self.bytes(bc_len)?)?;
        let n_consts = self.u16()? as usize;
        let mut consts: GcVec<Obj> = GcVec::with_capacity(n_consts)?;
        for _ in 0..n_consts {
            let c = self.constant(depth)?;
            consts.push(c)?;
        }
        let n_local_names = self.u16()? as usize;
        let mut local_names: GcVec<Qstr> = GcVec::with_capacity(n_local_names)?;
        for _ in 0..n_local_names {
            let q = name_at(self.u16()?)?;
            local_names.push(q)?;
        }
        let n_cells = self.u16()? as usize;
        let mut cells: GcVec<u16> = GcVec::with_capacity(n_cells)?;
        for _ in 0..n_cells {
            let c = self.u16()?;
            if c >= n_locals {
                return Err(invalid());
            }
            cells.push(c)?;
        }
        // The line table's bytes, as the compiler encoded them (`code::push_line_entry`);
        // reading them stops at a damaged entry.
        let n_lines = self.u16()? as usize;
        let lines = self.bytes(n_lines)?;
        if local_names.len() > n_locals as usize
            || (n_pos_args as usize + n_kwonly_args as usize) > n_locals as usize
            || n_posonly_args > n_pos_args
            || n_free > n_locals
        {
            return Err(invalid());
        }
        check_bytecode(&mut bc, &names, consts.len(), n_locals)?;
        let header = Code::header(
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
        );
        let parts = code::Parts { consts: &consts, local_names: &local_names, cells: &cells, bytecode: &bc, lines };
        Code::alloc(header, &parts)
    }

    fn constant(&mut self, depth: u32) -> Result<Obj, Exc> {
        if depth > MAX_DEPTH {
            return Err(invalid());
        }
        Ok(match self.u8()? {
            T_NONE => Obj::NONE,
            T_TRUE => Obj::TRUE,
            T_FALSE => Obj::FALSE,
            T_ELLIPSIS => Obj::ELLIPSIS,
            T_INT => int::from_i64(self.u64()? as i64)?,
            T_BIGINT => {
                let n = self.u32()? as usize;
                let s = self.text(n)?;
                int::parse(s, 10).map_err(|_| invalid())?
            }
            T_QSTR => {
                let n = self.u32()? as usize;
                Obj::from_qstr(qstr::intern(self.text(n)?)?)
            }
            T_STR => {
                let n = self.u32()? as usize;
                pystr::from_bytes(self.text(n)?.as_bytes())?
            }
            T_BYTES => {
                let n = self.u32()? as usize;
                bytes::from_slice(self.bytes(n)?)?
            }
            #[cfg(not(mp_float = "none"))]
            T_FLOAT => obj::float::new(obj::float::from_f64_bits(self.u64()?))?,
            T_TUPLE => {
                let n = self.u16()? as usize;
                let mut items: GcVec<Obj> = GcVec::with_capacity(n)?;
                for _ in 0..n {
                    let x = self.constant(depth + 1)?;
                    items.push(x)?;
                }
                tuple::new(&items)?
            }
            T_CODE => Obj::from_ref(self.code(depth + 1)?),
            _ => return Err(invalid()),
        })
    }
}

/// Check that `bc` decodes instruction by instruction with constant indices, local slots
/// and jump targets in range, rewriting its name-table indices to qstr ids.
fn check_bytecode(bc: &mut [u8], names: &[Qstr], n_consts: usize, n_locals: u16) -> Result<(), Exc> {
    // Instruction starts, for jump targets.
    let mut starts: GcVec<bool> = GcVec::with_capacity(bc.len() + 1)?;
    for _ in 0..=bc.len() {
        starts.push(false)?;
    }
    let mut pc = 0;
    while pc < bc.len() {
        starts[pc] = true;
        let op = Op::from_u8(bc[pc]).ok_or_else(invalid)?;
        let len = op.operand_len();
        if pc + 1 + len > bc.len() {
            return Err(invalid());
        }
        if op.has_qstr_operand() {
            let q = names.get(read_u16(bc, pc + 1) as usize).ok_or_else(invalid)?;
            let b = q.id().to_le_bytes();
            bc[pc + 1] = b[0];
            bc[pc + 2] = b[1];
        }
        let arg = if len >= 2 { read_u16(bc, pc + 1) as usize } else { 0 };
        if let Some((_, slot)) = op.fast_slot() {
            if slot >= n_locals {
                return Err(invalid());
            }
        }
        match op {
            Op::LoadConst | Op::MakeFunction if arg >= n_consts => return Err(invalid()),
            Op::LoadConstS if usize::from(bc[pc + 1]) >= n_consts => return Err(invalid()),
            Op::LoadFast
            | Op::StoreFast
            | Op::DeleteFast
            | Op::LoadDeref
            | Op::StoreDeref
            | Op::LoadClosure
            | Op::DeleteDeref
                if arg >= n_locals as usize =>
            {
                return Err(invalid())
            }
            _ => {}
        }
        pc += 1 + len;
    }
    starts[bc.len()] = true;
    // Jumps land on instruction starts.
    let mut pc = 0;
    while pc < bc.len() {
        let op = Op::from_u8(bc[pc]).ok_or_else(invalid)?;
        if matches!(
            op,
            Op::Jump
                | Op::PopJumpIfFalse
                | Op::PopJumpIfTrue
                | Op::JumpIfFalseOrPop
                | Op::JumpIfTrueOrPop
                | Op::ForIter
                | Op::SetupExcept
        ) {
            let target = read_u16(bc, pc + 1) as usize;
            if !starts.get(target).copied().unwrap_or(false) {
                return Err(invalid());
            }
        }
        pc += 1 + op.operand_len();
    }
    Ok(())
}
