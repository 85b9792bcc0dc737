//! The pattern compiler: a regular expression (as code points: a str's characters or a
//! bytes' bytes) → a program for the backtracking matcher (`matcher.rs`), in the spirit of
//! re1.5, the engine MicroPython's `re` is built on: `Split` tries its first branch, then
//! the second; captures are `Save`d positions.
//!
//! Syntax: literals, `.`, `[...]`/`[^...]` with ranges and `\d \w \s \D \W \S` inside,
//! `\d \D \w \W \s \S \b \B`, `\n \t \r \xHH`, escaped metacharacters, `^`, `$`, `( )`, `(?: )`, `|`,
//! `* + ?` and their lazy forms `*? +? ??`, and `{m}`, `{m,}`, `{m,n}` (CPython's; re1.5
//! has no counted repetition). Unsupported syntax (`(?P<name>...)`, lookarounds, flags
//! groups, back-references) is `ValueError`, not a silently different meaning.
//!
//! Nesting is limited to [`MAX_DEPTH`] groups and programs to [`MAX_INSTS`] instructions
//! (counted repetition multiplies), so no pattern can exhaust the native stack or the heap
//! on its own: both are `ValueError: regex too complex`, MicroPython's message.

use crate::gc::GcVec;
use crate::obj::exc::{self, Exc};

/// Deepest group nesting a pattern may have.
const MAX_DEPTH: usize = 64;
/// Most instructions a program may have.
pub const MAX_INSTS: usize = 8192;

/// One instruction. Jump targets are instruction indices.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Inst {
    /// One code point equal to this.
    Char(u32),
    /// Any one code point (MicroPython's `.` matches a newline too).
    Any,
    /// One code point in (or, `negated`, not in) the class items `at..at + len`.
    Class {
        at: u16,
        len: u16,
        negated: bool,
    },
    /// Try `.0`, on failure `.1`.
    Split(u32, u32),
    Jmp(u32),
    /// Capture slot `n` (group `n / 2`, start or end) takes the position.
    Save(u16),
    /// Start, end of the subject.
    Bol,
    Eol,
    /// At a word boundary (`\b`), or not (`\B`).
    WordBoundary(bool),
    /// A loop body starts: loop register `n` takes the position.
    LoopStart(u16),
    /// A loop body ended: back to `.1` (the loop's `Split`) if it consumed something since
    /// `LoopStart(.0)`, else on (an empty iteration ends the loop: `(a*)*` terminates).
    LoopEnd(u16, u32),
    Match,
}

/// A class item: an inclusive range of code points, or a negated escape class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClassItem {
    Range(u32, u32),
    /// `\D`, `\W`, `\S` inside `[...]`.
    NotDigit,
    NotWord,
    NotSpace,
}

/// A compiled pattern: its instructions and class items in the heap (reachable from the
/// object that holds the program).
#[derive(Clone, Copy)]
pub struct Program {
    pub insts: &'static [Inst],
    pub classes: &'static [ClassItem],
    /// Capturing groups, group 0 (the whole match) included.
    pub groups: usize,
    /// Loop registers.
    pub loops: usize,
}

/// A program being compiled.
struct Building {
    insts: GcVec<Inst>,
    classes: GcVec<ClassItem>,
    groups: usize,
    loops: usize,
}

pub fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}

pub fn is_word(c: u32) -> bool {
    is_digit(c)
        || (b'a' as u32..=b'z' as u32).contains(&c)
        || (b'A' as u32..=b'Z' as u32).contains(&c)
        || c == b'_' as u32
}

pub fn is_space(c: u32) -> bool {
    matches!(c, 0x20 | 0x09..=0x0d)
}

#[cold]
fn too_complex() -> Exc {
    exc::value_error(msg!("regex too complex"))
}

#[cold]
fn error_in_regex() -> Exc {
    exc::value_error(msg!("error in regex"))
}

struct Compiler<'a> {
    pat: &'a [u32],
    at: usize,
    prog: Building,
    depth: usize,
}

/// Compiles `pat` (code points).
pub fn compile(pat: &[u32]) -> Result<Program, Exc> {
    let prog = Building { insts: GcVec::new(), classes: GcVec::new(), groups: 1, loops: 0 };
    let mut c = Compiler { pat, at: 0, prog, depth: 0 };
    c.emit(Inst::Save(0))?;
    c.alternation()?;
    if c.at < pat.len() {
        // Only an unbalanced `)` stops the top level early.
        return Err(error_in_regex());
    }
    c.emit(Inst::Save(1))?;
    c.emit(Inst::Match)?;
    let Building { insts, classes, groups, loops } = c.prog;
    Ok(Program { insts: insts.leak(), classes: classes.leak(), groups, loops })
}

impl Compiler<'_> {
    fn peek(&self) -> Option<u32> {
        self.pat.get(self.at).copied()
    }

    fn peek_is(&self, ch: u8) -> bool {
        self.peek() == Some(ch as u32)
    }

    fn here(&self) -> u32 {
        self.prog.insts.len() as u32
    }

    fn emit(&mut self, inst: Inst) -> Result<(), Exc> {
        if self.prog.insts.len() >= MAX_INSTS {
            return Err(too_complex());
        }
        self.prog.insts.push(inst)
    }

    /// Inserts `inst` at `at`, moving later instructions up and every jump target at or
    /// past `at` with them.
    fn insert(&mut self, at: u32, inst: Inst) -> Result<(), Exc> {
        if self.prog.insts.len() >= MAX_INSTS {
            return Err(too_complex());
        }
        for i in self.prog.insts.as_mut_slice() {
            *i = shift(*i, at, 1);
        }
        self.prog.insts.insert(at as usize, inst)
    }

    /// `a|b|...` up to a `)` or the end.
    fn alternation(&mut self) -> Result<(), Exc> {
        let start = self.here();
        self.sequence()?;
        let mut jumps_to_end: GcVec<u32> = GcVec::new();
        while self.peek_is(b'|') {
            self.at += 1;
            // split(first, next); first...; jmp end; next: ...
            self.emit(Inst::Jmp(0))?;
            jumps_to_end.push(self.here() - 1)?;
            let next = self.here() + 1;
            self.insert(start, Inst::Split(start + 1, next))?;
            // The `Jmp`s moved up with everything after `start`.
            for j in jumps_to_end.as_mut_slice() {
                *j += 1;
            }
            self.sequence()?;
        }
        let end = self.here();
        for &j in jumps_to_end.as_slice() {
            self.prog.insts.as_mut_slice()[j as usize] = Inst::Jmp(end);
        }
        Ok(())
    }

    /// Atoms with their quantifiers, up to `|`, `)` or the end.
    fn sequence(&mut self) -> Result<(), Exc> {
        while let Some(c) = self.peek() {
            if c == b'|' as u32 || c == b')' as u32 {
                break;
            }
            let start = self.here();
            self.atom()?;
            self.quantifiers(start)?;
        }
        Ok(())
    }

    fn atom(&mut self) -> Result<(), Exc> {
        let Some(c) = self.peek() else { return Err(too_complex()) };
        self.at += 1;
        match char::from_u32(c).unwrap_or('\0') {
            '.' => self.emit(Inst::Any),
            '^' => self.emit(Inst::Bol),
            '$' => self.emit(Inst::Eol),
            '[' => self.class(),
            '(' => self.group(),
            '\\' => self.escape(),
            '*' | '+' | '?' => Err(too_complex()),
            _ => self.emit(Inst::Char(c)),
        }
    }

    fn group(&mut self) -> Result<(), Exc> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(too_complex());
        }
        let capture = if self.peek_is(b'?') {
            // Only `(?:...)`.
            if self.pat.get(self.at + 1) != Some(&(b':' as u32)) {
                return Err(too_complex());
            }
            self.at += 2;
            None
        } else {
            let n = self.prog.groups;
            if n >= 100 {
                return Err(too_complex());
            }
            self.prog.groups += 1;
            Some(n as u16)
        };
        if let Some(n) = capture {
            self.emit(Inst::Save(2 * n))?;
        }
        self.alternation()?;
        if !self.peek_is(b')') {
            return Err(too_complex());
        }
        self.at += 1;
        if let Some(n) = capture {
            self.emit(Inst::Save(2 * n + 1))?;
        }
        self.depth -= 1;
        Ok(())
    }

    fn escape(&mut self) -> Result<(), Exc> {
        let Some(c) = self.peek() else { return Err(too_complex()) };
        self.at += 1;
        let class = |item: ClassItem, negated: bool| (item, negated);
        let (item, negated) = match char::from_u32(c).unwrap_or('\0') {
            'd' => class(ClassItem::Range(b'0' as u32, b'9' as u32), false),
            'D' => class(ClassItem::NotDigit, false),
            'w' => class(ClassItem::NotWord, true),
            'W' => class(ClassItem::NotWord, false),
            's' => class(ClassItem::NotSpace, true),
            'S' => class(ClassItem::NotSpace, false),
            'b' => return self.emit(Inst::WordBoundary(true)),
            'B' => return self.emit(Inst::WordBoundary(false)),
            'n' => return self.emit(Inst::Char(b'\n' as u32)),
            't' => return self.emit(Inst::Char(b'\t' as u32)),
            'r' => return self.emit(Inst::Char(b'\r' as u32)),
            'x' => {
                let c = self.hex2()?;
                return self.emit(Inst::Char(c));
            }
            // Back-references and other letters have meanings this engine lacks.
            ch if ch.is_ascii_alphanumeric() => return Err(too_complex()),
            _ => return self.emit(Inst::Char(c)),
        };
        let at = self.add_class_item(item)?;
        self.emit(Inst::Class { at, len: 1, negated })
    }

    /// `\xHH`'s two hex digits.
    fn hex2(&mut self) -> Result<u32, Exc> {
        let digit = |c: Option<&u32>| c.and_then(|&c| char::from_u32(c)).and_then(|c| c.to_digit(16));
        match (digit(self.pat.get(self.at)), digit(self.pat.get(self.at + 1))) {
            (Some(h), Some(l)) => {
                self.at += 2;
                Ok(h * 16 + l)
            }
            _ => Err(too_complex()),
        }
    }

    fn add_class_item(&mut self, item: ClassItem) -> Result<u16, Exc> {
        let at = self.prog.classes.len();
        if at >= u16::MAX as usize {
            return Err(too_complex());
        }
        self.prog.classes.push(item)?;
        Ok(at as u16)
    }

    /// `[...]`, after the `[`.
    fn class(&mut self) -> Result<(), Exc> {
        let negated = self.peek_is(b'^');
        if negated {
            self.at += 1;
        }
        let at = self.prog.classes.len();
        let mut first = true;
        loop {
            let Some(c) = self.peek() else { return Err(too_complex()) };
            self.at += 1;
            // A `]` first is a literal, as in CPython.
            if c == b']' as u32 && !first {
                break;
            }
            first = false;
            let lo = if c == b'\\' as u32 {
                let Some(e) = self.peek() else { return Err(too_complex()) };
                self.at += 1;
                let item = match char::from_u32(e).unwrap_or('\0') {
                    'd' => Some(ClassItem::Range(b'0' as u32, b'9' as u32)),
                    'D' => Some(ClassItem::NotDigit),
                    'W' => Some(ClassItem::NotWord),
                    'S' => Some(ClassItem::NotSpace),
                    'w' => {
                        for (a, b) in [(b'0', b'9'), (b'a', b'z'), (b'A', b'Z'), (b'_', b'_')] {
                            self.add_class_item(ClassItem::Range(a as u32, b as u32))?;
                        }
                        continue;
                    }
                    's' => {
                        for (a, b) in [(b' ', b' '), (0x09, 0x0d)] {
                            self.add_class_item(ClassItem::Range(a as u32, b as u32))?;
                        }
                        continue;
                    }
                    _ => None,
                };
                if let Some(item) = item {
                    self.add_class_item(item)?;
                    continue;
                }
                match char::from_u32(e).unwrap_or('\0') {
                    'x' => self.hex2()?,
                    'n' => b'\n' as u32,
                    't' => b'\t' as u32,
                    'r' => b'\r' as u32,
                    ch if ch.is_ascii_alphanumeric() => return Err(too_complex()),
                    _ => e,
                }
            } else {
                c
            };
            // A range `a-z` (a `-` last, before `]`, is a literal).
            let is_range = self.peek_is(b'-') && self.pat.get(self.at + 1).is_some_and(|&n| n != b']' as u32);
            if is_range {
                self.at += 1;
                let Some(hi) = self.peek() else { return Err(too_complex()) };
                self.at += 1;
                if hi == b'\\' as u32 {
                    return Err(too_complex());
                }
                if hi < lo {
                    return Err(error_in_regex());
                }
                self.add_class_item(ClassItem::Range(lo, hi))?;
            } else {
                self.add_class_item(ClassItem::Range(lo, lo))?;
            }
        }
        let len = self.prog.classes.len() - at;
        self.emit(Inst::Class { at: at as u16, len: len as u16, negated })
    }

    /// Quantifiers after the atom compiled at `start..here`.
    fn quantifiers(&mut self, start: u32) -> Result<(), Exc> {
        let Some(c) = self.peek() else { return Ok(()) };
        let (min, max) = match char::from_u32(c).unwrap_or('\0') {
            '*' => (0, None),
            '+' => (1, None),
            '?' => (0, Some(1)),
            '{' => match self.counts()? {
                Some(counts) => counts,
                None => return Ok(()),
            },
            _ => return Ok(()),
        };
        if c != b'{' as u32 {
            self.at += 1;
        }
        let lazy = self.peek_is(b'?');
        if lazy {
            self.at += 1;
        }
        if matches!(self.peek().and_then(char::from_u32), Some('*' | '+' | '?')) {
            return Err(too_complex());
        }
        self.repeat(start, min, max, lazy)
    }

    /// `{m}`, `{m,}`, `{m,n}` at `at` (on `{`): the counts, advancing past `}`; `None`
    /// (nothing consumed) when it is not a count, which CPython takes literally.
    fn counts(&mut self) -> Result<Option<(u32, Option<u32>)>, Exc> {
        let mut i = self.at + 1;
        let number = |i: &mut usize| {
            let mut n: Option<u32> = None;
            while let Some(&d) = self.pat.get(*i) {
                if !is_digit(d) {
                    break;
                }
                n = Some(n.unwrap_or(0).saturating_mul(10).saturating_add(d - b'0' as u32));
                *i += 1;
            }
            n
        };
        let min = number(&mut i);
        let comma = self.pat.get(i) == Some(&(b',' as u32));
        let max = if comma {
            i += 1;
            number(&mut i)
        } else {
            min
        };
        // `{,n}` is `{0,n}`; `{}`, `{,}` and `{x}` are literal text.
        let min = match (min, max) {
            (None, None) => return Ok(None),
            (min, _) => min.unwrap_or(0),
        };
        if self.pat.get(i) != Some(&(b'}' as u32)) {
            return Ok(None);
        }
        if max.is_some_and(|m| m < min) || min > MAX_INSTS as u32 {
            return Err(too_complex());
        }
        self.at = i + 1;
        Ok(Some((min, max)))
    }

    /// The atom at `start..here` repeated `min` to `max` (unbounded: `None`) times.
    fn repeat(&mut self, start: u32, min: u32, max: Option<u32>, lazy: bool) -> Result<(), Exc> {
        let end = self.here();
        let body: GcVec<Inst> = GcVec::from_slice(&self.prog.insts.as_slice()[start as usize..end as usize])?;
        let len = end - start;
        // The atom as compiled is the first mandatory copy, or (min == 0) removed.
        self.prog.insts.truncate(start as usize);
        let copy = |c: &mut Self| -> Result<(), Exc> {
            let to = c.here();
            for &i in body.as_slice() {
                c.emit(shift(i, start, to.wrapping_sub(start) as i64))?;
            }
            Ok(())
        };
        for _ in 0..min {
            copy(self)?;
        }
        match max {
            None => {
                // L: split(body, out); LoopStart; body; LoopEnd(L); out:
                let l = self.here();
                let reg = self.prog.loops as u16;
                self.prog.loops += 1;
                let out = l + 3 + len;
                self.emit(if lazy { Inst::Split(out, l + 1) } else { Inst::Split(l + 1, out) })?;
                self.emit(Inst::LoopStart(reg))?;
                copy(self)?;
                self.emit(Inst::LoopEnd(reg, l))?;
            }
            Some(max) => {
                // Each optional copy: split(body, out-of-all); body.
                let optional = max - min;
                // In 64 bits: `{0,4000000000}` must be "too complex", not a wrapped size.
                let total_end = u64::from(self.here()) + u64::from(optional) * (u64::from(len) + 1);
                if total_end > MAX_INSTS as u64 {
                    return Err(too_complex());
                }
                let total_end = total_end as u32;
                for _ in 0..optional {
                    let l = self.here();
                    self.emit(if lazy { Inst::Split(total_end, l + 1) } else { Inst::Split(l + 1, total_end) })?;
                    copy(self)?;
                }
            }
        }
        Ok(())
    }
}

/// `inst` with every jump target at or past `from` moved by `by`.
fn shift(inst: Inst, from: u32, by: i64) -> Inst {
    let f = |t: u32| if t >= from { (t as i64 + by) as u32 } else { t };
    match inst {
        Inst::Split(a, b) => Inst::Split(f(a), f(b)),
        Inst::Jmp(a) => Inst::Jmp(f(a)),
        Inst::LoopEnd(r, a) => Inst::LoopEnd(r, f(a)),
        other => other,
    }
}
