//! What `machine.UART`'s methods do (the class itself is declared in `py/mod.rs` with
//! `#[mp_class]`): checking the configuration, opening the board's UART, and reads that
//! wait.
//!
//! Reads wait up to `timeout` ms for the first byte and `timeout_char` ms for each next
//! one, polling for Ctrl-C; a read that got nothing returns `None` (MicroPython's stream
//! rule). The board's UART keeps a 64-byte ring between `any()` and `read()`.

use core::cell::Cell;

use runtime::gc::root::with_hal;
use runtime::obj::exc::{self, Exc};
use runtime::obj::{bytes, Obj};
use runtime::GcVec;

use super::{board, io_error};
use crate::board::HwError;
use crate::uart::DynUart;

/// What a read needs to know of a `UART` object.
pub struct Port {
    pub id: u8,
    pub timeout: u32,
    pub timeout_char: u32,
}

/// `ValueError: UART(n) doesn't exist`.
#[cold]
pub fn no_such_uart(id: i64) -> Exc {
    let mut buf = [0u8; 24];
    exc::new_msg_fmt(
        &exc::VALUE_ERROR,
        runtime::msg!("UART({}) doesn't exist"),
        &[runtime::print::int_str(id, &mut buf)],
    )
}

/// The id of `UART(id)` (a `u8`), or `ValueError: UART(n) doesn't exist`.
pub fn uart_id(id: i64) -> Result<u8, Exc> {
    u8::try_from(id).map_err(|_| no_such_uart(id))
}

/// A non-negative int argument that fits a `u32`.
fn u32_arg(v: i64, what: runtime::Msg) -> Result<u32, Exc> {
    u32::try_from(v).map_err(|_| exc::value_error(what))
}

/// The settings of `UART(...)` / `init(...)` (8N1 only).
pub struct Config {
    pub baudrate: i64,
    pub bits: i64,
    pub parity: Obj,
    pub stop: i64,
    pub timeout: i64,
    pub timeout_char: i64,
}

/// Open or reconfigure UART `id` as `c` says; the baud rate and timeouts. The settings
/// are checked before the board is asked for the UART.
pub fn configure(id: u8, c: &Config) -> Result<(u32, u32, u32), Exc> {
    let baudrate = u32_arg(c.baudrate, runtime::msg!("invalid baudrate"))?;
    if baudrate == 0 {
        return Err(exc::value_error(runtime::msg!("invalid baudrate")));
    }
    if c.bits != 8 || c.parity != Obj::NONE {
        return Err(exc::value_error(runtime::msg!("unsupported combination of bits and parity")));
    }
    if c.stop != 1 {
        return Err(exc::value_error(runtime::msg!("invalid stop bits")));
    }
    let timeout = u32_arg(c.timeout, runtime::msg!("invalid timeout"))?;
    let timeout_char = u32_arg(c.timeout_char, runtime::msg!("invalid timeout"))?;
    match board(|b| b.uart(id, baudrate).map(|_| ()))? {
        Ok(()) => Ok((baudrate, timeout, timeout_char)),
        Err(HwError::Unsupported) => Err(no_such_uart(i64::from(id))),
        Err(HwError::Io) => Err(exc::os_error(5)),
    }
}

/// Run `f` on the board's UART `id` (opened by the constructor).
pub fn with_uart<R>(id: u8, f: impl FnOnce(&mut dyn DynUart) -> R) -> Result<R, Exc> {
    board(|b| b.uart_get(id).map(f))?.ok_or_else(|| no_such_uart(i64::from(id)))
}

fn now_ms() -> u32 {
    with_hal(|h| h.ticks_ms()).unwrap_or(0)
}

/// Read up to `max` bytes into `sink`, waiting as the header says; stops after a `\n`
/// when `line`. How many bytes were read.
fn read_bytes(u: &Port, max: usize, line: bool, mut sink: impl FnMut(u8) -> Result<(), Exc>) -> Result<usize, Exc> {
    let mut n = 0;
    let mut wait = u.timeout;
    let mut start = now_ms();
    while n < max {
        match with_uart(u.id, |p| p.read_byte())? {
            Some(b) => {
                sink(b)?;
                n += 1;
                if line && b == b'\n' {
                    break;
                }
                wait = u.timeout_char;
                start = now_ms();
            }
            None => {
                if now_ms().wrapping_sub(start) >= wait {
                    break;
                }
                runtime::vm::poll_interrupt()?;
            }
        }
    }
    Ok(n)
}

/// `max` bytes (all there are for `None`) as `bytes`, or `None` when nothing came.
pub fn read(u: &Port, max: Option<usize>, line: bool) -> Result<Obj, Exc> {
    let max = max.unwrap_or(usize::MAX);
    let mut v: GcVec<u8> = GcVec::new();
    let n = read_bytes(u, max, line, |b| v.push(b))?;
    if n == 0 && max > 0 {
        return Ok(Obj::NONE);
    }
    bytes::from_gcvec(v)
}

/// `readinto(buf[, n])`: how many bytes were stored, or `None` when nothing came.
pub fn readinto(u: &Port, buf: &[Cell<u8>], n: Option<i64>) -> Result<Obj, Exc> {
    let max = match n {
        Some(n) => usize::try_from(n).unwrap_or(0).min(buf.len()),
        None => buf.len(),
    };
    let mut at = 0;
    let n = read_bytes(u, max, false, |b| {
        buf[at].set(b);
        at += 1;
        Ok(())
    })?;
    if n == 0 && max > 0 {
        return Ok(Obj::NONE);
    }
    Ok(Obj::small_int(n as isize))
}

/// `write(buf)`: the number of bytes written (all of them: the write waits).
pub fn write(id: u8, data: &[u8]) -> Result<usize, Exc> {
    with_uart(id, |p| p.write(data))?.map_err(|e| io_error(e, runtime::msg!("write failed")))?;
    Ok(data.len())
}

pub fn flush(id: u8) -> Result<(), Exc> {
    with_uart(id, |p| p.flush())?.map_err(|e| io_error(e, runtime::msg!("flush failed")))
}
