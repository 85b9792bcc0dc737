//! Line input for the friendly REPL and `input()` (MicroPython's `shared/readline`): echo,
//! backspace, cursor keys, home/end, delete, history, tab completion, the emacs keys and
//! word moves where the board enables them, and the control keys that the REPL handles
//! on an empty line.
//!
//! The terminal sees the same bytes as from MicroPython: after each key the line is
//! redrawn from the cursor (`ESC [K` erases what got shorter), and the cursor goes back
//! with backspaces (up to 4) or `ESC [nD`.

use crate::gc::GcVec;
use crate::obj::exc::Exc;
use crate::print::{stdout_raw, stdout_write};

/// What ended a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// Enter: the line is in the buffer.
    Line,
    /// A control key on an empty line (`0x01` A .. `0x05` E), or Ctrl-C anywhere.
    Ctrl(u8),
    /// The input ended (host stdin closed).
    Eof,
}

const HISTORY: usize = 8;

/// The previous lines, newest first (heap strings).
pub struct History {
    lines: [&'static [u8]; HISTORY],
}

impl Default for History {
    fn default() -> Self {
        Self::new()
    }
}

impl History {
    pub const fn new() -> Self {
        History { lines: [&[]; HISTORY] }
    }

    /// Remember `line` (empty lines and repeats of the last are not kept).
    pub fn push(&mut self, line: &[u8]) {
        if line.is_empty() || self.lines[0] == line {
            return;
        }
        if let Ok(v) = GcVec::from_slice(line) {
            self.lines.copy_within(0..HISTORY - 1, 1);
            self.lines[0] = v.leak();
        }
    }
}

fn rx() -> Option<u8> {
    crate::gc::root::with_hal(|h| h.stdin_rx_chr()).flatten()
}

fn is_cont(b: u8) -> bool {
    b & 0xc0 == 0x80
}

/// Terminal cells taken by `b` (one per UTF-8 character).
fn cols(b: &[u8]) -> usize {
    b.iter().filter(|&&c| !is_cont(c)).count()
}

/// Move the terminal cursor left by `n` cells, as MicroPython does.
fn move_back(n: usize) {
    if n == 0 {
    } else if n <= 4 {
        stdout_raw(&b"\x08\x08\x08\x08"[..n]);
    } else {
        // `ESC [ n D`, n in decimal.
        let mut s = [0u8; 24];
        let mut i = s.len() - 1;
        s[i] = b'D';
        let mut n = n;
        loop {
            i -= 1;
            s[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        s[i - 2..i].copy_from_slice(b"\x1b[");
        stdout_raw(&s[i - 2..]);
    }
}

/// Escape-sequence state (MicroPython's `ESEQ_*`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Seq {
    None,
    Escape,
    Bracket,
    BracketDigit(u8),
    O,
}

/// What a key asks to redraw: `back` bytes to step the cursor back over (already
/// measured in cells as `back_cols`), whether to redraw from the cursor, and how many
/// bytes to step forward afterwards.
#[derive(Default)]
struct Redraw {
    back: usize,
    back_cols: usize,
    from_cursor: bool,
    forward: usize,
}

/// The line being edited.
struct Editor<'a> {
    buf: &'a mut GcVec<u8>,
    pos: usize,
}

impl Editor<'_> {
    /// Bytes of the character before the cursor.
    fn char_before(&self) -> usize {
        let mut i = self.pos;
        while i > 0 {
            i -= 1;
            if !is_cont(self.buf[i]) {
                break;
            }
        }
        self.pos - i
    }

    /// Bytes of the character at the cursor.
    fn char_at(&self) -> usize {
        if self.pos >= self.buf.len() {
            return 0;
        }
        1 + self.buf[self.pos + 1..].iter().take_while(|&&c| is_cont(c)).count()
    }

    /// Step back `n` bytes (measured now, before any cut).
    fn back(&self, n: usize) -> Redraw {
        Redraw { back: n, back_cols: cols(&self.buf[self.pos - n..self.pos]), ..Redraw::default() }
    }

    /// Cut `n` bytes at `at`.
    fn cut(&mut self, at: usize, n: usize) {
        let len = self.buf.len();
        self.buf.as_mut_slice().copy_within(at + n..len, at);
        self.buf.truncate(len - n);
    }

    /// Bytes from the cursor to the next word boundary, backwards or forwards
    /// (MicroPython's `cursor_count_word`: words are runs of letters and digits).
    fn word(&self, forward: bool) -> usize {
        let mut p = self.pos;
        let mut in_word = false;
        loop {
            if (!forward && p == 0) || (forward && p >= self.buf.len()) {
                break;
            }
            let c = if forward { self.buf[p] } else { self.buf[p - 1] };
            if c.is_ascii_alphanumeric() || c >= 0x80 {
                in_word = true;
            } else if in_word {
                break;
            }
            if forward {
                p += 1;
            } else {
                p -= 1;
            }
        }
        p.abs_diff(self.pos)
    }

    /// Apply `r` to the terminal (MicroPython's redraw at the end of `readline_process_char`).
    fn redraw(&mut self, r: Redraw, last_len: usize) {
        if r.back > 0 {
            move_back(r.back_cols);
            self.pos -= r.back;
        }
        if r.from_cursor {
            if self.buf.len() < last_len {
                stdout_raw(b"\x1b[K");
            }
            stdout_raw(&self.buf[self.pos..]);
            move_back(cols(&self.buf[self.pos + r.forward..]));
            self.pos += r.forward;
        } else if r.forward > 0 {
            stdout_raw(&self.buf[self.pos..self.pos + r.forward]);
            self.pos += r.forward;
        }
    }

    /// Room for `n` more bytes, so that a key is inserted whole or not at all. When the
    /// heap has none, the key is dropped with a bell and the line kept as it is (the
    /// REPL stays usable with a full heap; only a longer line needs memory).
    fn make_room(&mut self, n: usize) -> bool {
        if self.buf.reserve(n).is_ok() {
            return true;
        }
        stdout_raw(b"\x07");
        false
    }

    /// Insert `s` at the cursor, whole (`false`, and a bell, when the heap has no room), and
    /// the redraw that shows it.
    fn insert(&mut self, s: &[u8]) -> Option<Redraw> {
        if !self.make_room(s.len()) {
            return None;
        }
        for (i, &b) in s.iter().enumerate() {
            // Room was made: the inserts do not allocate.
            self.buf.insert(self.pos + i, b).ok()?;
        }
        Some(Redraw { from_cursor: true, forward: s.len(), ..Redraw::default() })
    }

    /// Replace the line by history entry `idx` (0: the empty new line).
    fn recall(&mut self, history: &History, idx: usize) -> Result<Redraw, Exc> {
        let entry = if idx > 0 { history.lines[idx - 1] } else { &[] };
        if !self.make_room(entry.len().saturating_sub(self.buf.len())) {
            return Ok(Redraw::default());
        }
        let r = self.back(self.pos);
        self.buf.clear();
        if idx > 0 {
            self.buf.extend_from_slice(entry)?;
        }
        Ok(Redraw { from_cursor: true, forward: self.buf.len(), ..r })
    }
}

/// Read one line after printing `prompt`; the line (without the newline) is in `buf`.
///
/// # Errors
/// `MemoryError` when the line cannot grow.
pub fn readline(buf: &mut GcVec<u8>, prompt: &[u8], history: &mut History) -> Result<Event, Exc> {
    readline_indented(buf, prompt, history, &mut AutoIndent { enabled: false, just_added: false })
}

/// The REPL's auto-indent state for one statement (MicroPython's `auto_indent_state`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AutoIndent {
    /// Continuation lines start indented.
    pub enabled: bool,
    /// The line being read starts with indent the REPL just added.
    pub just_added: bool,
}

/// [`readline`] where `buf` may hold the REPL's auto-indent. A space typed right after
/// it is taken as pasted code with its own indentation: one level goes, and auto-indent
/// is off for the rest of the statement (`indent.enabled` becomes false).
///
/// # Errors
/// `MemoryError` when the line cannot grow.
pub fn readline_indented(
    buf: &mut GcVec<u8>,
    prompt: &[u8],
    history: &mut History,
    indent: &mut AutoIndent,
) -> Result<Event, Exc> {
    stdout_write(prompt);
    stdout_raw(buf);
    let pos = buf.len();
    let mut ed = Editor { buf, pos };
    let mut hist_idx = 0usize;
    let mut esc = Seq::None;
    let mut just_indented = core::mem::take(&mut indent.just_added);
    // A UTF-8 character being received: its bytes so far and how many it has.
    let mut utf8 = ([0u8; 4], 0usize, 0usize);
    let emacs = cfg!(mp_feature = "repl_emacs_keys");
    let words = cfg!(mp_feature = "repl_emacs_words_move");
    let kill_words = cfg!(mp_feature = "repl_emacs_extra_words_move");
    loop {
        let Some(c) = rx() else { return Ok(Event::Eof) };
        let last_len = ed.buf.len();
        let mut r = Redraw::default();
        let after_indent = core::mem::take(&mut just_indented);
        // Keys by name, to share the code of a control key and its escape sequence.
        let mut key = 0u8;
        match esc {
            Seq::None => match c {
                0x01..=0x05 if ed.buf.is_empty() => return Ok(Event::Ctrl(c)),
                0x03 => return Ok(Event::Ctrl(c)),
                0x01 => key = b'H',
                0x05 => key = b'F',
                0x02 if emacs => key = b'D',
                0x04 if emacs => key = b'3',
                0x06 if emacs => key = b'C',
                0x0e if emacs => key = b'B',
                0x10 if emacs => key = b'A',
                0x0b if emacs => {
                    ed.buf.truncate(ed.pos);
                    r.from_cursor = true;
                }
                0x15 if emacs => {
                    let n = ed.pos;
                    r = ed.back(n);
                    ed.cut(0, n);
                    r.from_cursor = true;
                }
                0x17 if kill_words => key = b'w',
                b'\r' | b'\n' => {
                    stdout_raw(b"\r\n");
                    history.push(ed.buf);
                    return Ok(Event::Line);
                }
                0x1b => esc = Seq::Escape,
                0x08 | 0x7f if ed.pos > 0 => {
                    // Over auto-indent (only spaces before the cursor), a whole level.
                    let spaces = ed.buf[..ed.pos].iter().all(|&b| b == b' ');
                    let n = if cfg!(mp_feature = "repl_auto_indent") && spaces && ed.pos >= 4 {
                        4
                    } else {
                        ed.char_before()
                    };
                    r = ed.back(n);
                    let at = ed.pos - n;
                    ed.cut(at, n);
                    r.from_cursor = true;
                }
                b'\t' => {
                    if ed.pos > 0 && ed.buf[ed.pos - 1] == b' ' {
                        // After a space: indent.
                        let Some(shown) = ed.insert(b"    ") else { continue };
                        r = shown;
                    } else {
                        match super::complete::complete(&ed.buf[..ed.pos]) {
                            super::complete::Completion::None => {}
                            super::complete::Completion::Listed => {
                                stdout_write(prompt);
                                stdout_raw(&ed.buf[..ed.pos]);
                                r.from_cursor = true;
                            }
                            super::complete::Completion::Insert(s) => {
                                let Some(shown) = ed.insert(s) else { continue };
                                r = shown;
                            }
                        }
                    }
                }
                b' ' if after_indent && ed.pos >= 4 => {
                    // A space right after auto-indent: the typed space replaces one level.
                    ed.cut(ed.pos - 3, 3);
                    ed.pos -= 3;
                    move_back(3);
                    indent.enabled = false;
                }
                0x20..=0x7e => {
                    let Some(shown) = ed.insert(&[c]) else { continue };
                    r = shown;
                }
                0x80..=0xff => {
                    // Collect a whole UTF-8 character before showing it.
                    let need = match c {
                        0xc0..=0xdf => 2,
                        0xe0..=0xef => 3,
                        0xf0..=0xf7 => 4,
                        _ => 0,
                    };
                    if need > 0 {
                        utf8 = ([c, 0, 0, 0], 1, need);
                    } else if utf8.2 > 0 && is_cont(c) {
                        utf8.0[utf8.1] = c;
                        utf8.1 += 1;
                    }
                    if utf8.2 > 0 && utf8.1 == utf8.2 {
                        let n = utf8.2;
                        utf8.2 = 0;
                        let Some(shown) = ed.insert(&utf8.0[..n]) else { continue };
                        r = shown;
                    }
                }
                _ => {}
            },
            Seq::Escape => {
                esc = Seq::None;
                match c {
                    b'[' => esc = Seq::Bracket,
                    b'O' => esc = Seq::O,
                    b'b' if words => key = b'b',
                    b'f' if words => key = b'f',
                    b'd' if kill_words => key = b'd',
                    0x7f if kill_words => key = b'w',
                    _ => {}
                }
            }
            Seq::Bracket => {
                if c.is_ascii_digit() {
                    esc = Seq::BracketDigit(c);
                } else {
                    esc = Seq::None;
                    if matches!(c, b'A' | b'B' | b'C' | b'D' | b'H' | b'F') {
                        key = c;
                    }
                }
            }
            Seq::BracketDigit(d) => {
                esc = Seq::None;
                match (d, c) {
                    (b'1' | b'7', b'~') => key = b'H',
                    (b'4' | b'8', b'~') => key = b'F',
                    (b'3', b'~') => key = b'3',
                    // Ctrl-left/right: `ESC [1;5D`; the `1;` is skipped.
                    (b'1', b';') if words => esc = Seq::Bracket,
                    (b'5', b'C') if words => key = b'f',
                    (b'5', b'D') if words => key = b'b',
                    _ => {}
                }
            }
            Seq::O => {
                esc = Seq::None;
                if matches!(c, b'H' | b'F') {
                    key = c;
                }
            }
        }
        match key {
            b'A' if hist_idx < HISTORY && !history.lines[hist_idx].is_empty() => {
                hist_idx += 1;
                r = ed.recall(history, hist_idx)?;
            }
            b'B' if hist_idx > 0 => {
                hist_idx -= 1;
                r = ed.recall(history, hist_idx)?;
            }
            b'C' if ed.pos < ed.buf.len() => r.forward = ed.char_at(),
            b'D' if ed.pos > 0 => r = ed.back(ed.char_before()),
            b'H' => r = ed.back(ed.pos),
            b'F' => r.forward = ed.buf.len() - ed.pos,
            b'3' if ed.pos < ed.buf.len() => {
                let n = ed.char_at();
                ed.cut(ed.pos, n);
                r.from_cursor = true;
            }
            b'b' => r = ed.back(ed.word(false)),
            b'f' => r.forward = ed.word(true),
            b'd' => {
                let n = ed.word(true);
                ed.cut(ed.pos, n);
                r.from_cursor = true;
            }
            b'w' => {
                let n = ed.word(false);
                r = ed.back(n);
                ed.cut(ed.pos - n, n);
                r.from_cursor = true;
            }
            _ => {}
        }
        ed.redraw(r, last_len);
    }
}
