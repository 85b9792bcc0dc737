//! Line input for the friendly REPL (MicroPython's `shared/readline`): echo, backspace,
//! cursor keys, home/end, delete, Ctrl-K/Ctrl-U, history, and the control keys that the
//! REPL handles on an empty line.

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

/// Move the terminal cursor left by `n`.
fn left(n: usize) {
    for _ in 0..n {
        stdout_raw(b"\x08");
    }
}

/// Redraw from `pos` to the end, erase one extra cell, put the cursor back at `pos`.
fn redraw_tail(buf: &[u8], pos: usize, erase: usize) {
    stdout_raw(&buf[pos..]);
    for _ in 0..erase {
        stdout_raw(b" ");
    }
    left(buf.len() - pos + erase);
}

/// Read one line after printing `prompt`; the line (without the newline) is in `buf`,
/// which may hold pre-filled text (auto-indent).
///
/// # Errors
/// `MemoryError` when the line cannot grow.
pub fn readline(buf: &mut GcVec<u8>, prompt: &[u8], history: &mut History) -> Result<Event, Exc> {
    stdout_write(prompt);
    stdout_raw(buf);
    let mut pos = buf.len();
    let mut hist_idx: usize = 0;
    let mut esc = 0u8; // 0: none, 1: got ESC, 2: got ESC [
    let mut esc_num = 0u8;
    loop {
        let Some(c) = rx() else { return Ok(Event::Eof) };
        if esc == 1 {
            esc = if c == b'[' || c == b'O' { 2 } else { 0 };
            continue;
        }
        if esc == 2 {
            if c.is_ascii_digit() {
                esc_num = c - b'0';
                continue;
            }
            esc = 0;
            let key = if c == b'~' {
                match esc_num {
                    1 | 7 => b'H',
                    4 | 8 => b'F',
                    3 => b'3',
                    _ => 0,
                }
            } else {
                c
            };
            esc_num = 0;
            match key {
                b'A' | b'B' => {
                    // History: up goes back, down goes forward.
                    let next = if key == b'A' { hist_idx + 1 } else { hist_idx.saturating_sub(1) };
                    if next > HISTORY || (next > 0 && history.lines[next - 1].is_empty()) {
                        continue;
                    }
                    hist_idx = next;
                    left(pos);
                    let old = buf.len();
                    buf.clear();
                    if next > 0 {
                        buf.extend_from_slice(history.lines[next - 1])?;
                    }
                    pos = buf.len();
                    redraw_tail(buf, 0, old.saturating_sub(buf.len()));
                    stdout_raw(buf);
                }
                b'C' if pos < buf.len() => {
                    stdout_raw(&buf[pos..=pos]);
                    pos += 1;
                }
                b'D' if pos > 0 => {
                    pos -= 1;
                    left(1);
                }
                b'H' => {
                    left(pos);
                    pos = 0;
                }
                b'F' => {
                    stdout_raw(&buf[pos..]);
                    pos = buf.len();
                }
                b'3' if pos < buf.len() => {
                    buf.remove(pos);
                    redraw_tail(buf, pos, 1);
                }
                _ => {}
            }
            continue;
        }
        match c {
            b'\r' | b'\n' => {
                stdout_write(b"\n");
                history.push(buf);
                return Ok(Event::Line);
            }
            0x1b => esc = 1,
            0x03 => return Ok(Event::Ctrl(c)),
            0x01..=0x05 if buf.is_empty() => return Ok(Event::Ctrl(c)),
            0x01 => {
                left(pos);
                pos = 0;
            }
            0x05 => {
                stdout_raw(&buf[pos..]);
                pos = buf.len();
            }
            0x02 if pos > 0 => {
                pos -= 1;
                left(1);
            }
            0x06 if pos < buf.len() => {
                stdout_raw(&buf[pos..=pos]);
                pos += 1;
            }
            0x0b => {
                let erase = buf.len() - pos;
                buf.truncate(pos);
                redraw_tail(buf, pos, erase);
            }
            0x15 => {
                let n = pos;
                let old = buf.len();
                buf.as_mut_slice().copy_within(pos.., 0);
                buf.truncate(old - n);
                left(n);
                pos = 0;
                redraw_tail(buf, 0, n);
            }
            0x08 | 0x7f if pos > 0 => {
                pos -= 1;
                buf.remove(pos);
                left(1);
                redraw_tail(buf, pos, 1);
            }
            b'\t' if buf[..pos].iter().all(|&b| b == b' ') => {
                for _ in 0..4 {
                    buf.insert(pos, b' ')?;
                    pos += 1;
                }
                stdout_raw(b"    ");
                redraw_tail(buf, pos, 0);
            }
            0x20..=0x7e | 0x80..=0xff => {
                buf.insert(pos, c)?;
                stdout_raw(&buf[pos..=pos]);
                pos += 1;
                if pos < buf.len() {
                    redraw_tail(buf, pos, 0);
                }
            }
            _ => {}
        }
    }
}
