//! The backtracking matcher: runs a compiled [`Program`] over a subject (a str's UTF-8
//! bytes, decoded to code points, or a bytes' bytes), leftmost match first with the
//! priorities of Python's `re` (greedy quantifiers try the longer match first).
//!
//! Backtracking uses a stack in the heap, never native recursion: a long subject or a deep
//! pattern costs heap (`MemoryError` when it runs out), not native stack. Every loop
//! iteration must consume input (`LoopEnd`), so matching always terminates; a pattern with
//! exponential backtracking takes long but polls Ctrl-C (`KeyboardInterrupt`).

use super::compile::{is_digit, is_space, is_word, ClassItem, Inst, Program};
use crate::gc::GcVec;
use crate::obj::exc::Exc;

/// A position of the subject is a byte offset; this marks an unset capture.
pub const UNSET: usize = usize::MAX;

#[derive(Clone, Copy)]
enum Backtrack {
    /// Resume at `pc` with the subject at `pos`.
    Alt { pc: u32, pos: usize },
    /// Undo a `Save`.
    Slot { n: u16, old: usize },
    /// Undo a `LoopStart`.
    Reg { n: u16, old: usize },
}

/// The subject: its bytes, and whether they are a str's UTF-8 (characters are decoded).
#[derive(Clone, Copy)]
pub struct Subject<'a> {
    pub bytes: &'a [u8],
    pub unicode: bool,
}

impl Subject<'_> {
    /// The code point at `pos` and its length in bytes.
    pub fn at(&self, pos: usize) -> Option<(u32, usize)> {
        let b = *self.bytes.get(pos)?;
        if !self.unicode || b < 0x80 {
            return Some((b as u32, 1));
        }
        let len = match b {
            0xc0..=0xdf => 2,
            0xe0..=0xef => 3,
            _ => 4,
        };
        let rest = self.bytes.get(pos + 1..pos + len)?;
        let mut c = (b as u32) & (0x7f >> len);
        for &r in rest {
            c = (c << 6) | (r as u32 & 0x3f);
        }
        Some((c, len))
    }

    /// The code point before `pos`.
    fn before(&self, pos: usize) -> Option<u32> {
        if pos == 0 {
            return None;
        }
        let mut start = pos - 1;
        while self.unicode && start > 0 && self.bytes[start] & 0xc0 == 0x80 {
            start -= 1;
        }
        self.at(start).map(|(c, _)| c)
    }

    /// The position after the character at `pos`.
    pub fn next(&self, pos: usize) -> usize {
        self.at(pos).map_or(pos + 1, |(_, n)| pos + n)
    }
}

fn in_class(items: &[ClassItem], c: u32) -> bool {
    items.iter().any(|&item| match item {
        ClassItem::Range(lo, hi) => lo <= c && c <= hi,
        ClassItem::NotDigit => !is_digit(c),
        ClassItem::NotWord => !is_word(c),
        ClassItem::NotSpace => !is_space(c),
    })
}

/// Reusable state of one matcher.
pub struct Matcher<'p> {
    prog: &'p Program,
    stack: GcVec<Backtrack>,
    regs: GcVec<usize>,
    /// `2 * groups` capture positions after a successful match.
    pub caps: GcVec<usize>,
}

impl<'p> Matcher<'p> {
    pub fn new(prog: &'p Program) -> Result<Matcher<'p>, Exc> {
        let mut caps = GcVec::with_capacity(2 * prog.groups)?;
        let mut regs = GcVec::with_capacity(prog.loops)?;
        for _ in 0..2 * prog.groups {
            caps.push(UNSET)?;
        }
        for _ in 0..prog.loops {
            regs.push(0)?;
        }
        Ok(Matcher { prog, stack: GcVec::new(), regs, caps })
    }

    /// The first match starting at `from` or (unless `anchored`) later; its captures are
    /// in `caps`.
    pub fn search(&mut self, s: Subject<'_>, from: usize, anchored: bool) -> Result<bool, Exc> {
        let mut start = from;
        loop {
            if self.run(s, start)? {
                return Ok(true);
            }
            if anchored || start >= s.bytes.len() {
                return Ok(false);
            }
            start = s.next(start);
        }
    }

    /// Whether the program matches at exactly `start`.
    fn run(&mut self, s: Subject<'_>, start: usize) -> Result<bool, Exc> {
        let insts = self.prog.insts;
        let classes = self.prog.classes;
        self.caps.as_mut_slice().fill(UNSET);
        self.stack.clear();
        let (mut pc, mut pos) = (0usize, start);
        loop {
            crate::vm::poll_interrupt()?;
            let ok = match insts.get(pc).copied().unwrap_or(Inst::Match) {
                Inst::Char(c) => match s.at(pos) {
                    Some((got, n)) if got == c => {
                        pos += n;
                        true
                    }
                    _ => false,
                },
                Inst::Any => match s.at(pos) {
                    Some((_, n)) => {
                        pos += n;
                        true
                    }
                    None => false,
                },
                Inst::Class { at, len, negated } => {
                    let items = classes.get(at as usize..at as usize + len as usize).unwrap_or(&[]);
                    match s.at(pos) {
                        Some((c, n)) if in_class(items, c) != negated => {
                            pos += n;
                            true
                        }
                        _ => false,
                    }
                }
                Inst::Split(first, second) => {
                    self.stack.push(Backtrack::Alt { pc: second, pos })?;
                    pc = first as usize;
                    continue;
                }
                Inst::Jmp(to) => {
                    pc = to as usize;
                    continue;
                }
                Inst::Save(n) => {
                    let slot = self.caps.as_mut_slice().get_mut(n as usize);
                    if let Some(slot) = slot {
                        let old = core::mem::replace(slot, pos);
                        self.stack.push(Backtrack::Slot { n, old })?;
                    }
                    true
                }
                Inst::Bol => pos == 0,
                Inst::Eol => pos == s.bytes.len(),
                Inst::WordBoundary(want) => {
                    let before = s.before(pos).is_some_and(is_word);
                    let after = s.at(pos).is_some_and(|(c, _)| is_word(c));
                    (before != after) == want
                }
                Inst::LoopStart(n) => {
                    if let Some(reg) = self.regs.as_mut_slice().get_mut(n as usize) {
                        let old = core::mem::replace(reg, pos);
                        self.stack.push(Backtrack::Reg { n, old })?;
                    }
                    true
                }
                Inst::LoopEnd(n, back) => {
                    // An iteration that consumed nothing ends the loop.
                    if self.regs.as_slice().get(n as usize).is_some_and(|&r| r != pos) {
                        pc = back as usize;
                        continue;
                    }
                    true
                }
                Inst::Match => return Ok(true),
            };
            if ok {
                pc += 1;
                continue;
            }
            // Backtrack: undo saves and loop registers back to the last alternative.
            loop {
                match self.stack.pop() {
                    None => return Ok(false),
                    Some(Backtrack::Slot { n, old }) => {
                        if let Some(slot) = self.caps.as_mut_slice().get_mut(n as usize) {
                            *slot = old;
                        }
                    }
                    Some(Backtrack::Reg { n, old }) => {
                        if let Some(reg) = self.regs.as_mut_slice().get_mut(n as usize) {
                            *reg = old;
                        }
                    }
                    Some(Backtrack::Alt { pc: p, pos: q }) => {
                        pc = p as usize;
                        pos = q;
                        break;
                    }
                }
            }
        }
    }
}
