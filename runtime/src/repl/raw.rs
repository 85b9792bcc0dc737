//! The raw REPL and raw-paste mode, byte for byte as `REPL-PROTOCOL.md` says: what
//! mpremote, pyboard.py and run-tests.py speak.

use super::{Exit, Switch};
use crate::compile::Mode;
use crate::exec::Outcome;
use crate::gc::GcVec;
use crate::print::{stdout_raw, stdout_write};

/// Raw-paste flow-control window.
const WINDOW: u16 = 128;

fn rx() -> Option<u8> {
    crate::gc::root::with_hal(|h| h.stdin_rx_chr()).flatten()
}

pub(super) fn raw_banner() {
    let _ = msg!("raw REPL; CTRL-B to exit\n").print(&mut crate::print::Console);
}

pub(super) fn raw_repl() -> Switch {
    raw_banner();
    'reset: loop {
        stdout_raw(b">");
        let mut buf: GcVec<u8> = GcVec::new();
        let mut overflow = false;
        loop {
            let Some(c) = rx() else { return Switch::Exit(Exit::Exit(0)) };
            match c {
                0x01 => {
                    // Ctrl-A again resets the raw REPL (pyboard.py's enter_raw_repl while in it).
                    raw_banner();
                    continue 'reset;
                }
                0x02 => {
                    stdout_write(b"\n");
                    super::banner();
                    return Switch::ToFriendly;
                }
                0x03 => {
                    buf.clear();
                    overflow = false;
                }
                0x04 => break,
                0x05 if buf.is_empty() => {
                    match raw_paste() {
                        Some(RawPaste::Run(src)) => {
                            if let Some(s) = run(&src) {
                                return s;
                            }
                        }
                        Some(RawPaste::Interrupted) => {
                            // As a KeyboardInterrupt raised while compiling: no output,
                            // then the traceback (MicroPython's raw-paste reader).
                            stdout_raw(b"\x04");
                            crate::exec::report(crate::obj::exc::keyboard_interrupt());
                            stdout_raw(b"\x04");
                        }
                        Some(RawPaste::Unsupported) | None => {}
                    }
                    stdout_raw(b">");
                    continue;
                }
                _ => {
                    if buf.push(c).is_err() {
                        overflow = true;
                    }
                }
            }
        }
        stdout_raw(b"OK");
        if buf.is_empty() && !overflow {
            stdout_write(b"\n");
            return Switch::Exit(Exit::SoftReset { raw: true });
        }
        if overflow {
            stdout_raw(b"\x04");
            crate::exec::report(crate::obj::exc::memory_error());
            stdout_raw(b"\x04");
            continue;
        }
        if let Some(s) = run(&buf) {
            return s;
        }
    }
}

/// Run one program, framing output and traceback with `\x04`s; `SystemExit` soft-resets.
fn run(src: &[u8]) -> Option<Switch> {
    // Output goes first; the traceback follows the first \x04.
    let outcome = with_split_report(src);
    if let Outcome::Exit(_) = outcome {
        return Some(Switch::Exit(Exit::SoftReset { raw: true }));
    }
    None
}

fn with_split_report(src: &[u8]) -> Outcome {
    use crate::gc::root;
    root::with_hal(|h| h.set_interrupt_char(Some(0x03)));
    root::state().poll_countdown.set(0);
    let r = crate::exec::exec_str(src, qstr!("<stdin>"), Mode::File);
    root::with_hal(|h| h.set_interrupt_char(None));
    stdout_raw(b"\x04");
    let outcome = match r {
        Ok(_) => Outcome::Ok,
        Err(e) => crate::exec::report(e),
    };
    stdout_raw(b"\x04");
    outcome
}

enum RawPaste {
    Run(GcVec<u8>),
    Unsupported,
    /// Ctrl-C instead of data: the paste is abandoned.
    Interrupted,
}

/// After `\x05`: expect `A\x01`, then receive the program with flow control.
fn raw_paste() -> Option<RawPaste> {
    if rx()? != b'A' {
        return Some(RawPaste::Unsupported);
    }
    if rx()? != 0x01 {
        return Some(RawPaste::Unsupported);
    }
    let w = WINDOW.to_le_bytes();
    stdout_raw(&[b'R', 0x01, w[0], w[1], 0x01]);
    let mut buf: GcVec<u8> = GcVec::new();
    let mut since_ack: u16 = 0;
    let mut failed = false;
    loop {
        let c = rx()?;
        if c == 0x04 {
            stdout_raw(b"\x04");
            break;
        }
        // Ctrl-C ends the data too (the device says so with `\x04`) and raises
        // KeyboardInterrupt, as MicroPython's raw-paste reader does: a host that gave up
        // mid-paste can always get back to the prompt.
        if c == 0x03 {
            stdout_raw(b"\x04");
            return Some(RawPaste::Interrupted);
        }
        if !failed && buf.push(c).is_err() {
            failed = true;
        }
        since_ack += 1;
        if since_ack == WINDOW {
            since_ack = 0;
            stdout_raw(b"\x01");
        }
    }
    if failed {
        stdout_raw(b"\x04");
        crate::exec::report(crate::obj::exc::memory_error());
        stdout_raw(b"\x04");
        return Some(RawPaste::Unsupported);
    }
    Some(RawPaste::Run(buf))
}
