//! The bytecode emitter: one code object's instruction bytes, constant pool, line
//! table and jump labels, plus the value-stack depth bookkeeping behind `stack_size`.
//!
//! Jumps name a label; their operand holds the label's id until [`Emitter::finish`]
//! patches in the absolute offset. The depth is tracked along the fall-through path with
//! each opcode's stack effect ([`effect`]); a jump records the depth its target will see,
//! and placing a label after an unconditional transfer (`Jump`, `ReturnValue`, raises)
//! resumes from that recorded depth.

use super::Error;
use crate::bytecode::Op;
use crate::gc::GcVec;
use crate::obj::code::LineEntry;
use crate::obj::Obj;
use crate::parse::ErrorKind;

pub type Label = u32;

const UNSET: u32 = u32::MAX;

#[derive(Clone, Copy)]
struct LabelInfo {
    offset: u32,
    depth: u32,
}

/// The value-stack effect of `op` with operand `arg` on the fall-through path.
pub fn effect(op: Op, arg: u32) -> i32 {
    let n = (arg & 0xff) as i32;
    let m = (arg >> 8 & 0xff) as i32;
    match op {
        Op::Nop | Op::RotTwo | Op::RotThree | Op::DeleteFast | Op::DeleteName | Op::DeleteGlobal => 0,
        Op::LoadAttr | Op::UnaryOp | Op::Jump | Op::GetIter => 0,
        Op::SetupExcept | Op::PopBlock | Op::ExcMatch => 0,
        Op::PopTop | Op::StoreFast | Op::StoreDeref | Op::StoreName | Op::StoreGlobal | Op::DeleteAttr => -1,
        Op::LoadSubscr | Op::BinaryOp | Op::PopJumpIfFalse | Op::PopJumpIfTrue => -1,
        Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop | Op::ListAppend | Op::ReturnValue => -1,
        Op::ListExtend | Op::DictMerge | Op::PopExcept | Op::PrintExpr | Op::YieldFrom | Op::WithExcept => -1,
        Op::YieldValue | Op::ListToTuple | Op::DeleteDeref | Op::GetAwaitable => 0,
        Op::AsyncWithEnter | Op::AsyncWithExcept => 1,
        Op::AsyncWithExitNormal | Op::WithExceptResult => -1,
        Op::DictUpdate | Op::SetAdd | Op::SetUpdate => -1,
        Op::UnpackEx => n + m,
        Op::ImportStar => -1,
        Op::Reraise | Op::MapAdd | Op::WithExitNormal | Op::CallFunctionEx => -2,
        Op::DupTop | Op::LoadConst | Op::LoadConstS | Op::LoadNone | Op::LoadTrue | Op::LoadFalse | Op::LoadFast => 1,
        Op::LoadDeref | Op::LoadClosure | Op::LoadName | Op::LoadGlobal | Op::LoadMethod => 1,
        Op::ImportName | Op::ImportFrom | Op::ForIter | Op::LoadNull | Op::LoadBuildClass => 1,
        Op::DupTopTwo | Op::WithEnter => 2,
        Op::StoreAttr | Op::DeleteSubscr => -2,
        Op::StoreSubscr => -3,
        Op::CallMethod => -(n + 1),
        Op::CallMethodKw => -(n + 2 * m + 1),
        Op::CallFunction | Op::RaiseVarargs => -n,
        Op::BuildSlice => 1 - n,
        Op::CallFunctionKw => -(n + 2 * m),
        Op::MakeFunction => 1 - (arg >> 16).count_ones() as i32,
        Op::BuildTuple | Op::BuildList | Op::BuildSet => 1 - (arg & 0xffff) as i32,
        Op::BuildMap => 1 - 2 * (arg & 0xffff) as i32,
        Op::UnpackSequence => (arg & 0xffff) as i32 - 1,
        // The one-byte `LoadFastN` (+1) and `StoreFastN` (-1).
        short => match short.fast_slot() {
            Some((Op::LoadFast, _)) => 1,
            _ => -1,
        },
    }
}

/// Code for one code object under construction.
pub struct Emitter {
    pub code: GcVec<u8>,
    pub consts: GcVec<Obj>,
    /// The line table, encoded as it grows (`code::push_line_entry`).
    pub lines: GcVec<u8>,
    /// The table's last entry and where its bytes start, and the entry before it (what the
    /// last one is encoded relative to), so that it can be rewritten.
    line_last: Option<(usize, LineEntry)>,
    line_prev: LineEntry,
    labels: GcVec<LabelInfo>,
    /// Offsets of jump operands that hold a label id.
    fixups: GcVec<u32>,
    depth: u32,
    pub max_depth: u32,
    reachable: bool,
    last_line: u32,
}

fn too_big() -> Error {
    Error::syntax(ErrorKind::CodeTooBig, 0)
}

impl Emitter {
    pub const fn new() -> Emitter {
        Emitter {
            code: GcVec::new(),
            consts: GcVec::new(),
            lines: GcVec::new(),
            line_last: None,
            line_prev: LineEntry { offset: 0, line: 0 },
            labels: GcVec::new(),
            fixups: GcVec::new(),
            depth: 0,
            max_depth: 0,
            reachable: true,
            last_line: 0,
        }
    }

    /// Current stack depth (for saving around code that leaves the fall-through path).
    pub fn depth(&self) -> u32 {
        self.depth
    }

    pub fn set_depth(&mut self, d: u32) {
        self.depth = d;
    }

    /// Record that the instructions from here on come from source line `line`.
    pub fn set_line(&mut self, line: u32) -> Result<(), Error> {
        let line = u16::try_from(line).unwrap_or(u16::MAX);
        if u32::from(line) == self.last_line {
            return Ok(());
        }
        self.last_line = u32::from(line);
        let Ok(offset) = u16::try_from(self.code.len()) else { return Ok(()) };
        let entry = LineEntry { offset, line };
        match self.line_last {
            // No instruction since the last entry: it gets the new line.
            Some((at, last)) if last.offset == offset => self.lines.truncate(at),
            Some((_, last)) => self.line_prev = last,
            None => {}
        }
        let at = self.lines.len();
        crate::obj::code::push_line_entry(&mut self.lines, self.line_prev, entry)?;
        self.line_last = Some((at, entry));
        Ok(())
    }

    pub fn new_label(&mut self) -> Result<Label, Error> {
        let id = u32::try_from(self.labels.len()).ok().filter(|&i| i <= u32::from(u16::MAX)).ok_or_else(too_big)?;
        self.labels.push(LabelInfo { offset: UNSET, depth: UNSET })?;
        Ok(id)
    }

    /// Place `label` at the current offset.
    pub fn place(&mut self, label: Label) -> Result<(), Error> {
        let offset = u32::try_from(self.code.len()).map_err(|_| too_big())?;
        let info = self.labels.get_mut(label as usize).ok_or_else(too_big)?;
        info.offset = offset;
        if !self.reachable && info.depth != UNSET {
            self.depth = info.depth;
        }
        self.reachable = true;
        Ok(())
    }

    fn adjust(&mut self, op: Op, arg: u32) {
        // Depths and effects are far below 2**31 (operands are at most 16 bits).
        self.depth = (self.depth as i32).saturating_add(effect(op, arg)).max(0) as u32;
        self.max_depth = self.max_depth.max(self.depth);
        if matches!(op, Op::Jump | Op::ReturnValue | Op::RaiseVarargs | Op::Reraise) {
            self.reachable = false;
        }
    }

    pub fn op(&mut self, op: Op) -> Result<(), Error> {
        self.code.push(op as u8)?;
        self.adjust(op, 0);
        Ok(())
    }

    pub fn op_u8(&mut self, op: Op, arg: u8) -> Result<(), Error> {
        self.code.extend_from_slice(&[op as u8, arg])?;
        self.adjust(op, u32::from(arg));
        Ok(())
    }

    /// A `u16`-operand instruction, in its short form where there is one: `LoadFastN` and
    /// `StoreFastN` (one byte) for the first 16 local slots, `LoadConstS` (two) for the
    /// first 256 constants. The size is fixed when emitted: no operand is patched later.
    pub fn op_u16(&mut self, op: Op, arg: u16) -> Result<(), Error> {
        let [lo, hi] = arg.to_le_bytes();
        match op {
            Op::LoadFast if arg < 16 => self.code.push(Op::LoadFast0 as u8 + lo)?,
            Op::StoreFast if arg < 16 => self.code.push(Op::StoreFast0 as u8 + lo)?,
            Op::LoadConst if hi == 0 => self.code.extend_from_slice(&[Op::LoadConstS as u8, lo])?,
            _ => self.code.extend_from_slice(&[op as u8, lo, hi])?,
        }
        self.adjust(op, u32::from(arg));
        Ok(())
    }

    /// An instruction with two `u8` operands (`CallFunctionKw n_pos n_kw`).
    pub fn op_u8_u8(&mut self, op: Op, a: u8, b: u8) -> Result<(), Error> {
        self.code.extend_from_slice(&[op as u8, a, b])?;
        self.adjust(op, u32::from(a) | (u32::from(b) << 8));
        Ok(())
    }

    /// An instruction with a `u16` then a `u8` operand (`ImportName q flags`).
    pub fn op_u16_u8(&mut self, op: Op, a: u16, b: u8) -> Result<(), Error> {
        let [lo, hi] = a.to_le_bytes();
        self.code.extend_from_slice(&[op as u8, lo, hi, b])?;
        self.adjust(op, u32::from(a));
        Ok(())
    }

    /// `MakeFunction const flags`.
    pub fn make_function(&mut self, k: u16, flags: u8) -> Result<(), Error> {
        let [lo, hi] = k.to_le_bytes();
        self.code.extend_from_slice(&[Op::MakeFunction as u8, lo, hi, flags])?;
        self.adjust(Op::MakeFunction, u32::from(flags) << 16);
        Ok(())
    }

    /// A u16-operand instruction whose operand is a count that must fit.
    pub fn op_count(&mut self, op: Op, n: usize) -> Result<(), Error> {
        self.op_u16(op, u16::try_from(n).map_err(|_| too_big())?)
    }

    /// A jump-like instruction to `label`.
    pub fn jump(&mut self, op: Op, label: Label) -> Result<(), Error> {
        let target_depth = match op {
            Op::PopJumpIfFalse | Op::PopJumpIfTrue | Op::ForIter => self.depth.saturating_sub(1),
            Op::SetupExcept => self.depth.saturating_add(2),
            _ => self.depth,
        };
        self.max_depth = self.max_depth.max(target_depth);
        let info = self.labels.get_mut(label as usize).ok_or_else(too_big)?;
        if info.depth == UNSET {
            info.depth = target_depth;
        }
        let at = u32::try_from(self.code.len() + 1).map_err(|_| too_big())?;
        self.fixups.push(at)?;
        self.op_u16(op, label as u16)
    }

    /// The index of `o` in the constant pool, adding it if new.
    pub fn add_const(&mut self, o: Obj) -> Result<u16, Error> {
        if let Some(i) = self.consts.iter().position(|&c| c == o) {
            return u16::try_from(i).map_err(|_| too_big());
        }
        let i = u16::try_from(self.consts.len()).map_err(|_| too_big())?;
        self.consts.push(o)?;
        Ok(i)
    }

    /// Patch the jumps and check the limits of the code object's `u16` fields.
    pub fn finish(&mut self) -> Result<u16, Error> {
        if self.code.len() > usize::from(u16::MAX) {
            return Err(too_big());
        }
        for i in 0..self.fixups.len() {
            let at = self.fixups.get(i).copied().unwrap_or(0) as usize;
            let label = crate::bytecode::read_u16(&self.code, at);
            let offset = self.labels.get(usize::from(label)).map_or(UNSET, |l| l.offset);
            let offset = u16::try_from(offset).map_err(|_| too_big())?;
            let bytes = self.code.get_mut(at..at + 2).ok_or_else(too_big)?;
            bytes.copy_from_slice(&offset.to_le_bytes());
        }
        self.fixups.clear();
        u16::try_from(self.max_depth).map_err(|_| too_big())
    }
}

impl Default for Emitter {
    fn default() -> Self {
        Self::new()
    }
}
