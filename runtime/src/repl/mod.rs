//! The REPL (MicroPython's `pyexec.c`): the friendly REPL with continuation lines,
//! auto-indent and paste mode (line editing and history in [`readline`], tab completion
//! in `complete`), the raw REPL and raw-paste mode (see `REPL-PROTOCOL.md`), and the
//! soft-reset loop of MCU boards.

mod complete;
mod raw;
pub mod readline;
#[cfg(test)]
mod tests;

use crate::compile::Mode;
use crate::exec::{exec_and_report, Outcome};
use crate::gc::GcVec;
use crate::hal::Hal;
use crate::obj::module::ModuleMap;
use crate::print::{stdout_raw, stdout_write};
use readline::{Event, History};

/// Why a REPL session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Ctrl-D (or `SystemExit` in the raw REPL): reset; `raw` says which REPL to resume.
    SoftReset { raw: bool },
    /// `SystemExit(code)` at the friendly REPL, or the end of input.
    Exit(i32),
}

/// Print the banner (`MicroPython v1.21.0 on <date>; <machine>`, the machine being
/// `<board> with <mcu>` unless the board file sets `[board] machine`).
pub fn banner() {
    use crate::config::{BUILD_DATE, MACHINE, VERSION_STR};
    stdout_write(b"MicroPython v");
    stdout_write(VERSION_STR.as_bytes());
    stdout_write(b" on ");
    stdout_write(BUILD_DATE.as_bytes());
    stdout_write(b"; ");
    stdout_write(MACHINE.as_bytes());
    stdout_write(b"\n");
    if cfg!(mp_feature = "help") {
        let _ = msg!("Type \"help()\" for more information.\n").print(&mut crate::print::Console);
    }
}

/// Run the REPL inside the current runtime until a reset or exit; starts in raw mode
/// if `raw`.
pub fn run(mut raw: bool) -> Exit {
    let mut history = History::new();
    loop {
        let r = if raw { raw::raw_repl() } else { friendly(&mut history) };
        match r {
            Switch::ToRaw => raw = true,
            Switch::ToFriendly => raw = false,
            Switch::Exit(e) => return e,
        }
    }
}

/// Which REPL to go to next.
enum Switch {
    ToRaw,
    ToFriendly,
    Exit(Exit),
}

/// Whether the REPL should ask for another line (MicroPython's `mp_repl_continue_with_input`).
pub fn continue_with_input(input: &[u8]) -> bool {
    let starts_compound = {
        let word_end = input.iter().position(|c| !(c.is_ascii_alphanumeric() || *c == b'_')).unwrap_or(input.len());
        let word = &input[..word_end];
        matches!(word, b"if" | b"while" | b"for" | b"try" | b"with" | b"def" | b"class" | b"async")
            || input.first() == Some(&b'@')
    };
    let mut depth = 0i32;
    let mut quote: Option<(u8, bool)> = None;
    let mut i = 0;
    while i < input.len() {
        let c = input[i];
        match quote {
            Some((q, triple)) => {
                if c == b'\\' {
                    i += 1;
                } else if triple && input[i..].starts_with(&[q, q, q]) {
                    quote = None;
                    i += 2;
                } else if !triple && (c == q || c == b'\n') {
                    quote = None;
                }
            }
            None => match c {
                b'#' => {
                    while i < input.len() && input[i] != b'\n' {
                        i += 1;
                    }
                }
                b'\'' | b'"' => {
                    let triple = input[i..].starts_with(&[c, c, c]);
                    quote = Some((c, triple));
                    if triple {
                        i += 2;
                    }
                }
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => depth -= 1,
                _ => {}
            },
        }
        i += 1;
    }
    if matches!(quote, Some((_, true))) || depth > 0 {
        return true;
    }
    let last_line = input.rsplit(|&c| c == b'\n').next().unwrap_or(&[]);
    let trimmed = last_line.trim_ascii_end();
    if trimmed.ends_with(b"\\") {
        return true;
    }
    if starts_compound || trimmed.ends_with(b":") {
        // A compound statement ends with an empty line.
        return !last_line.is_empty() || !crate::obj::bytes::has(input, b'\n');
    }
    false
}

/// Room the REPL's line buffers start with (MicroPython's `vstr_init(&line, 32)`): a line
/// of usual length is typed without allocating, so the REPL answers with a full heap.
const LINE_CAPACITY: usize = 80;

fn friendly(history: &mut History) -> Switch {
    let mut input: GcVec<u8> = GcVec::with_capacity(LINE_CAPACITY).unwrap_or_default();
    let mut line: GcVec<u8> = GcVec::with_capacity(LINE_CAPACITY).unwrap_or_default();
    loop {
        input.clear();
        let ev = match readline::readline(&mut input, prompt(false), history) {
            Ok(ev) => ev,
            Err(e) => {
                crate::exec::report(e);
                continue;
            }
        };
        match ev {
            // The input ended (stdin closed): leave the prompt's line as MicroPython does.
            Event::Eof => {
                stdout_raw(b"\r\n");
                return Switch::Exit(Exit::Exit(0));
            }
            Event::Ctrl(0x01) => {
                stdout_raw(b"\r\n");
                return Switch::ToRaw;
            }
            Event::Ctrl(0x02) => {
                stdout_raw(b"\r\n");
                banner();
                continue;
            }
            Event::Ctrl(0x04) => {
                stdout_raw(b"\r\n");
                return Switch::Exit(Exit::SoftReset { raw: false });
            }
            Event::Ctrl(0x05) => match paste_mode() {
                Some(Outcome::Exit(c)) => return Switch::Exit(Exit::Exit(c)),
                _ => continue,
            },
            Event::Ctrl(_) => {
                stdout_raw(b"\r\n");
                continue;
            }
            Event::Line => {}
        }
        if input.is_empty() {
            continue;
        }
        // Continuation lines: each is added as typed (a line of spaces is not empty; an
        // empty line ends a compound statement).
        let mut cancelled = false;
        let mut indent = readline::AutoIndent { enabled: cfg!(mp_feature = "repl_auto_indent"), just_added: false };
        while continue_with_input(&input) {
            line.clear();
            indent.just_added = indent.enabled && auto_indent(&input, &mut line);
            match readline::readline_indented(&mut line, prompt(true), history, &mut indent) {
                Ok(Event::Line) => {}
                Ok(Event::Ctrl(0x03)) => {
                    stdout_raw(b"\r\n");
                    cancelled = true;
                    break;
                }
                Ok(Event::Eof) => return Switch::Exit(Exit::Exit(0)),
                Ok(Event::Ctrl(0x04)) => break,
                Ok(Event::Ctrl(_)) => continue,
                Err(e) => {
                    crate::exec::report(e);
                    cancelled = true;
                    break;
                }
            }
            if input.push(b'\n').is_err() || input.extend_from_slice(&line).is_err() {
                crate::exec::report(crate::obj::exc::memory_error());
                cancelled = true;
                break;
            }
        }
        if cancelled {
            continue;
        }
        if let Outcome::Exit(c) = exec_and_report(&input, qstr!("<stdin>"), Mode::Single) {
            return Switch::Exit(Exit::Exit(c));
        }
        // A long statement's room goes back to the heap; the usual room stays.
        for buf in [&mut input, &mut line] {
            if buf.capacity() > 4 * LINE_CAPACITY {
                *buf = GcVec::with_capacity(LINE_CAPACITY).unwrap_or_default();
            }
        }
    }
}

/// Pre-fill a continuation line as MicroPython's `readline_auto_indent` does: the previous
/// line's indent (whole levels of 4), one level more after a line ending in `:`, and none
/// once the last two lines are blank. Returns whether it added any.
fn auto_indent(input: &[u8], line: &mut GcVec<u8>) -> bool {
    let mut lines = input.rsplit(|&c| c == b'\n');
    let last = lines.next().unwrap_or(&[]);
    let blank = |l: &[u8]| l.iter().all(|&c| c == b' ');
    if blank(last) && lines.next().is_some_and(blank) {
        return false;
    }
    let mut n = last.iter().take_while(|&&c| c == b' ').count() / 4;
    if last.last() == Some(&b':') {
        n += 1;
    }
    for _ in 0..n * 4 {
        if line.push(b' ').is_err() {
            return false;
        }
    }
    n > 0
}

/// Ctrl-E: paste mode. Returns the outcome of running the pasted text, `None` if cancelled.
fn paste_mode() -> Option<Outcome> {
    let _ = msg!("\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\n=== ").print(&mut crate::print::Console);
    let mut buf: GcVec<u8> = GcVec::new();
    loop {
        let c = crate::gc::root::with_hal(|h| h.stdin_rx_chr()).flatten()?;
        match c {
            0x03 => {
                stdout_write(b"\n");
                return None;
            }
            0x04 => {
                stdout_write(b"\n");
                let src = core::mem::take(&mut buf);
                return Some(exec_and_report(&src, qstr!("<stdin>"), Mode::File));
            }
            b'\r' | b'\n' => {
                if buf.push(b'\n').is_err() {
                    stdout_write(b"\n");
                    crate::exec::report(crate::obj::exc::memory_error());
                    return None;
                }
                stdout_write(b"\n=== ");
            }
            _ => {
                if buf.push(c).is_err() {
                    stdout_write(b"\n");
                    crate::exec::report(crate::obj::exc::memory_error());
                    return None;
                }
                stdout_raw(&[c]);
            }
        }
    }
}

/// The main loop of an MCU board: banner, REPL, and on Ctrl-D (or `SystemExit`) a soft
/// reset that drops every Python object (a fresh heap and globals). Never returns.
pub fn run_repl_forever(hal: &mut dyn Hal, heap: &mut [u8], modules: &'static ModuleMap, stack_limit: usize) -> ! {
    let mut raw = false;
    loop {
        let exit = crate::exec::with_runtime(hal, heap, modules, stack_limit, || {
            if !raw {
                banner();
            }
            run(raw)
        });
        raw = matches!(exit, Exit::SoftReset { raw: true });
        crate::exec::with_runtime(hal, heap, modules, stack_limit, || {
            let _ = msg!("MPY: soft reboot\n").print(&mut crate::print::Console);
        });
    }
}

/// The REPL's prompt: `sys.ps1` (`ps2` for a continuation line) when it is a str, else
/// the default. (Here, not in `sys`: a board may leave the `sys` module out.)
pub fn prompt(continuation: bool) -> &'static [u8] {
    #[cfg(any(mp_level = "extra", mp_level = "full", mp_level = "everything"))]
    {
        let st = crate::gc::root::state();
        let set = if continuation { st.ps2.get() } else { st.ps1.get() };
        if let Some(b) = crate::obj::str::as_str_bytes(set) {
            return b;
        }
    }
    if continuation {
        b"... "
    } else {
        b">>> "
    }
}
