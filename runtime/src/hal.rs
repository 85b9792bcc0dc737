//! The port contract: what a board gives the runtime (MicroPython's `mphalport.h`).
//!
//! The runtime holds the board's `Hal` as a trait object for the duration of a
//! `Runtime` call; nothing here is a global.

/// What `import` finds at a path (MicroPython's `mp_import_stat`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ImportStat {
    NoExist,
    Dir,
    File,
}

/// What a board implements so the runtime can talk to the world.
pub trait Hal {
    /// Receive one byte, blocking until one is available (`mp_hal_stdin_rx_chr`).
    /// `None` means end of input (the host's stdin closed); boards with a UART never return it.
    fn stdin_rx_chr(&mut self) -> Option<u8>;

    /// Send bytes as they are (`mp_hal_stdout_tx_strn`).
    fn stdout_tx_strn(&mut self, bytes: &[u8]);

    /// Whether a byte can be read from the console without waiting: one has arrived (and
    /// is kept for `stdin_rx_chr`), or the input has ended (`select.poll` on `sys.stdin`,
    /// MicroPython's `mp_hal_stdio_poll`). Must not block. Default, for a board that cannot
    /// tell: always ready.
    fn stdin_ready(&mut self) -> bool {
        true
    }

    /// Whether the runtime must turn `\n` into `\r\n` on output (a UART console: yes;
    /// a host terminal whose driver does it, or a pipe: no).
    fn crlf(&self) -> bool {
        true
    }

    /// Milliseconds since an arbitrary start, wrapping.
    fn ticks_ms(&mut self) -> u32;

    /// Wait `ms` milliseconds.
    fn delay_ms(&mut self, ms: u32);

    /// Microseconds since an arbitrary start, wrapping (`mp_hal_ticks_us`). Default: the
    /// millisecond counter times 1000.
    fn ticks_us(&mut self) -> u32 {
        self.ticks_ms().wrapping_mul(1000)
    }

    /// The finest counter the board has (CPU cycles where it can), wrapping
    /// (`mp_hal_ticks_cpu`). Default: `ticks_us`.
    fn ticks_cpu(&mut self) -> u32 {
        self.ticks_us()
    }

    /// Wait `us` microseconds (`mp_hal_delay_us`). Default: `delay_ms` of the whole
    /// milliseconds it spans, rounded up.
    fn delay_us(&mut self, us: u32) {
        self.delay_ms(us.div_ceil(1000));
    }

    /// The wall clock: nanoseconds since 1970-01-01 00:00 UTC (`time.time_ns()`).
    /// Default, for boards without a real-time clock: a clock that read the epoch at
    /// start-up, counted from `ticks_ms` (so it wraps after 49 days).
    fn time_ns(&mut self) -> u64 {
        u64::from(self.ticks_ms()) * 1_000_000
    }

    /// Arm (`Some(char)`) or disarm (`None`) the interrupt character (`mp_hal_set_interrupt_char`).
    /// While armed, the board watches its input for that byte and remembers it.
    fn set_interrupt_char(&mut self, c: Option<u8>);

    /// Polled by the VM while code runs: `true` once after the armed interrupt
    /// character arrived (then `KeyboardInterrupt` is raised). Bytes other than the
    /// interrupt character that arrive meanwhile must be kept for `stdin_rx_chr`.
    fn interrupt_pending(&mut self) -> bool;

    /// What is at `path` (boards without a filesystem: nothing). `import` looks for
    /// `name.py` and `name/__init__.py` in each directory of `sys.path`.
    fn import_stat(&mut self, _path: &str) -> ImportStat {
        ImportStat::NoExist
    }

    /// Append the contents of the file at `path` to `out`; `Ok(false)` if it can't be read.
    ///
    /// # Errors
    /// `MemoryError` growing `out`.
    fn read_file(&mut self, _path: &str, _out: &mut crate::gc::GcVec<u8>) -> Result<bool, crate::obj::exc::Exc> {
        Ok(false)
    }

    /// The board's operating-system services (files, directories, environment, random
    /// bytes), if it has them: `open`, `io.FileIO` and the `os` module use them.
    fn os(&mut self) -> Option<&mut dyn crate::os_hal::OsHal> {
        None
    }
}
