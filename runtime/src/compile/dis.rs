//! A bytecode listing in the style of MicroPython's `-v -v` output, for tests and
//! debugging (it uses `core::fmt`, which the compile path itself avoids).
//!
//! ```text
//! File <stdin>, code block '<module>' (bytecode 9 bytes)
//! arg names:
//! (N_LOCALS 0) (N_FREE 0) (STACK_SIZE 2)
//!   bc=0 line=1
//! 00 LOAD_NAME print
//! 03 LOAD_CONST 1
//! ...
//! ```
//! Nested code objects (constants) follow their parent.

use core::fmt::{self, Write};

use crate::bytecode::{read_u16, BinOp, Op, UnaryOp};
use crate::obj::code::{flags, Code};
use crate::obj::{str as pystr, Obj};

/// Write the listing of `code` and of the code objects among its constants.
///
/// # Errors
/// What `out` returns.
pub fn disassemble(code: &Code, out: &mut dyn Write) -> fmt::Result {
    writeln!(
        out,
        "File {}, code block '{}' (bytecode {} bytes)",
        code.file.as_str(),
        code.name.as_str(),
        code.bytecode().len()
    )?;
    let n_args = usize::from(code.n_pos_args)
        + usize::from(code.flags & flags::VARARGS != 0)
        + usize::from(code.flags & flags::VARKW != 0);
    out.write_str("arg names:")?;
    for q in code.local_names().iter().take(n_args) {
        write!(out, " {}", q.as_str())?;
    }
    writeln!(out)?;
    writeln!(out, "(N_LOCALS {}) (N_FREE {}) (STACK_SIZE {})", code.n_locals, code.n_free, code.stack_size)?;
    if !code.cells().is_empty() {
        out.write_str("cells:")?;
        for c in code.cells() {
            write!(out, " {c}")?;
        }
        writeln!(out)?;
    }
    let bc = code.bytecode();
    let mut lines = code.line_entries().peekable();
    let mut pc = 0;
    while pc < bc.len() {
        while let Some(e) = lines.next_if(|e| usize::from(e.offset) <= pc) {
            writeln!(out, "  bc={} line={}", e.offset, e.line)?;
        }
        let Some(op) = bc.get(pc).and_then(|&b| Op::from_u8(b)) else {
            writeln!(out, "{pc:02} ???")?;
            pc += 1;
            continue;
        };
        write!(out, "{pc:02} ")?;
        let arg = match op.operand_len() {
            1 => u16::from(bc.get(pc + 1).copied().unwrap_or(0)),
            2 => read_u16(bc, pc + 1),
            _ => 0,
        };
        // Short forms read as their long ones.
        let (shown, arg, has_arg) = match (op.fast_slot(), op) {
            (Some((long, slot)), _) => (long, slot, true),
            (None, Op::LoadConstS) => (Op::LoadConst, arg, true),
            _ => (op, arg, op.operand_len() > 0),
        };
        write_name(out, shown.name())?;
        if has_arg {
            out.write_char(' ')?;
            operand(code, shown, arg, out)?;
        }
        writeln!(out)?;
        pc += 1 + op.operand_len();
    }
    for &c in code.consts() {
        if let Some(child) = c.downcast::<Code>() {
            writeln!(out)?;
            disassemble(child, out)?;
        }
    }
    Ok(())
}

/// `LoadConst` → `LOAD_CONST`.
fn write_name(out: &mut dyn Write, name: &str) -> fmt::Result {
    for (i, ch) in name.chars().enumerate() {
        if ch.is_ascii_uppercase() && i > 0 {
            out.write_char('_')?;
        }
        out.write_char(ch.to_ascii_uppercase())?;
    }
    Ok(())
}

fn operand(code: &Code, op: Op, arg: u16, out: &mut dyn Write) -> fmt::Result {
    let local = |slot: u16| code.local_names().get(usize::from(slot)).map_or("?", |q| q.as_str());
    match op {
        Op::LoadName
        | Op::StoreName
        | Op::DeleteName
        | Op::LoadGlobal
        | Op::StoreGlobal
        | Op::DeleteGlobal
        | Op::LoadAttr
        | Op::StoreAttr
        | Op::DeleteAttr
        | Op::LoadMethod
        | Op::ImportName
        | Op::ImportFrom => out.write_str(crate::qstr::Qstr::from_id(arg).as_str()),
        Op::LoadFast | Op::StoreFast | Op::DeleteFast | Op::LoadDeref | Op::StoreDeref | Op::LoadClosure => {
            write!(out, "{arg} ({})", local(arg))
        }
        Op::LoadConst | Op::MakeFunction => write_const(code.consts().get(usize::from(arg)).copied(), out),
        Op::BinaryOp => match u8::try_from(arg).ok().and_then(BinOp::decode) {
            Some((b, inplace)) => write!(out, "{b:?}{}", if inplace { " inplace" } else { "" }),
            None => write!(out, "?{arg}"),
        },
        Op::UnaryOp => match u8::try_from(arg).ok().and_then(UnaryOp::decode) {
            Some(u) => write!(out, "{u:?}"),
            None => write!(out, "?{arg}"),
        },
        Op::CallFunction | Op::CallMethod => write!(out, "n={arg}"),
        _ => write!(out, "{arg}"),
    }
}

fn write_const(c: Option<Obj>, out: &mut dyn Write) -> fmt::Result {
    let Some(c) = c else { return out.write_str("<missing>") };
    if c.is_small_int() {
        return write!(out, "{}", c.small_int_value());
    }
    match c {
        Obj::NONE => return out.write_str("None"),
        Obj::TRUE => return out.write_str("True"),
        Obj::FALSE => return out.write_str("False"),
        Obj::ELLIPSIS => return out.write_str("Ellipsis"),
        _ => {}
    }
    if let Some(code) = c.downcast::<Code>() {
        return write!(out, "<code {}>", code.name.as_str());
    }
    if let Some(s) = pystr::as_str(c) {
        out.write_char('\'')?;
        for ch in s.chars() {
            match ch {
                '\'' => out.write_str("\\'")?,
                '\\' => out.write_str("\\\\")?,
                '\n' => out.write_str("\\n")?,
                '\r' => out.write_str("\\r")?,
                '\t' => out.write_str("\\t")?,
                c if (c as u32) < 0x20 || c as u32 == 0x7f => write!(out, "\\x{:02x}", c as u32)?,
                c => out.write_char(c)?,
            }
        }
        return out.write_char('\'');
    }
    out.write_str("<object>")
}
