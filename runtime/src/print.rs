//! Output: the `Print` sink trait, the console (the board's HAL, with `\n` → `\r\n` when
//! the board asks for it), string buffers, and the number formatters (no `core::fmt` on
//! these paths: it costs tens of KB of flash).

use crate::gc::{root, GcVec};
use crate::obj::exc::Exc;

/// How an object prints.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PrintKind {
    /// `str(x)`, `print(x)`.
    Str,
    /// `repr(x)`, REPL echo.
    Repr,
}

/// Something bytes can be written to.
pub trait Print {
    /// # Errors
    /// `MemoryError` when a buffer cannot grow.
    fn write(&mut self, b: &[u8]) -> Result<(), Exc>;

    /// # Errors
    /// As `write`.
    fn write_str(&mut self, s: &str) -> Result<(), Exc> {
        self.write(s.as_bytes())
    }
}

/// The console: the board's stdout.
pub struct Console;

impl Print for Console {
    fn write(&mut self, b: &[u8]) -> Result<(), Exc> {
        stdout_write(b);
        Ok(())
    }
}

/// Write to the board's stdout, turning `\n` into `\r\n` if the board wants it.
pub fn stdout_write(b: &[u8]) {
    root::with_hal(|h| {
        if !h.crlf() {
            h.stdout_tx_strn(b);
            return;
        }
        let mut start = 0;
        for (i, &c) in b.iter().enumerate() {
            if c == b'\n' {
                h.stdout_tx_strn(&b[start..i]);
                h.stdout_tx_strn(b"\r\n");
                start = i + 1;
            }
        }
        h.stdout_tx_strn(&b[start..]);
    });
}

/// Write bytes to stdout exactly as given (REPL protocol bytes).
pub fn stdout_raw(b: &[u8]) {
    root::with_hal(|h| h.stdout_tx_strn(b));
}

/// A growable byte buffer in the heap (for `str()`, `repr()`, messages).
#[derive(Default)]
pub struct StrBuf {
    pub buf: GcVec<u8>,
}

impl StrBuf {
    pub const fn new() -> Self {
        StrBuf { buf: GcVec::new() }
    }
}

impl Print for StrBuf {
    fn write(&mut self, b: &[u8]) -> Result<(), Exc> {
        self.buf.extend_from_slice(b)
    }
}

/// Format `v` in decimal into `out`, returning the used tail of the buffer.
pub fn fmt_int(v: i64, out: &mut [u8; 24]) -> &[u8] {
    let mut i = digits(v.unsigned_abs(), 10, out);
    if v < 0 {
        i -= 1;
        out[i] = b'-';
    }
    &out[i..]
}

/// [`fmt_int`] as text, for messages: `int_str(3, &mut buf)` is `"3"`.
pub fn int_str(v: i64, out: &mut [u8; 24]) -> &str {
    crate::obj::unicode::as_utf8(fmt_int(v, out)).unwrap_or("?")
}

/// Write `u`'s digits in `radix` (2..=16) backwards into the end of `buf` (which has room
/// for them: 64 in base 2), returning where they start.
#[inline]
fn digits(mut u: u64, radix: u32, buf: &mut [u8]) -> usize {
    let mut i = buf.len();
    loop {
        let (q, d) = div_radix(u, radix);
        i -= 1;
        buf[i] = b"0123456789abcdef"[d as usize & 15];
        u = q;
        if u == 0 {
            return i;
        }
    }
}

/// `(u / radix, u % radix)`.
#[cfg(target_pointer_width = "64")]
fn div_radix(u: u64, radix: u32) -> (u64, u32) {
    (u / u64::from(radix), (u % u64::from(radix)) as u32)
}

/// `(u / radix, u % radix)` for `radix` <= 16 in 32-bit divisions, which a 32-bit MCU does
/// in hardware (a `u64` division is a kilobyte of library code there): a word at once when
/// `u` fits one, else 16 bits at a time (the remainder, below 16, and 16 bits fit a word).
#[cfg(not(target_pointer_width = "64"))]
fn div_radix(u: u64, radix: u32) -> (u64, u32) {
    if let Ok(w) = u32::try_from(u) {
        return (u64::from(w / radix), w % radix);
    }
    let (mut q, mut r) = (0u64, 0u32);
    for shift in [48, 32, 16, 0] {
        let cur = (r << 16) | ((u >> shift) as u32 & 0xffff);
        q |= u64::from(cur / radix) << shift;
        r = cur % radix;
    }
    (q, r)
}

/// Write `v` in decimal.
///
/// # Errors
/// As `Print::write`.
pub fn print_int(out: &mut dyn Print, v: i64) -> Result<(), Exc> {
    let mut buf = [0u8; 24];
    out.write(fmt_int(v, &mut buf))
}

/// Format `v` in base 2..=16 with `prefix` (e.g. `0x`).
///
/// # Errors
/// As `Print::write`.
pub fn print_int_radix(out: &mut dyn Print, v: i64, radix: u32, prefix: &str) -> Result<(), Exc> {
    let mut buf = [0u8; 72];
    let i = digits(v.unsigned_abs(), radix.clamp(2, 16), &mut buf);
    if v < 0 {
        out.write(b"-")?;
    }
    out.write_str(prefix)?;
    out.write(&buf[i..])
}

/// `mp_print!("text")`: print a literal to the console from a native function. With
/// arguments it formats through `core::fmt` (which costs flash on the MCU).
#[macro_export]
macro_rules! mp_print {
    ($s:literal) => {
        $crate::print::stdout_write(($s).as_bytes())
    };
    ($($arg:tt)*) => {
        $crate::print::print_fmt(::core::format_args!($($arg)*))
    };
}

/// The `core::fmt` path of `mp_print!`.
pub fn print_fmt(args: core::fmt::Arguments<'_>) {
    struct W;
    impl core::fmt::Write for W {
        fn write_str(&mut self, s: &str) -> core::fmt::Result {
            stdout_write(s.as_bytes());
            Ok(())
        }
    }
    let _ = core::fmt::write(&mut W, args);
}
