//! The host's HAL: stdin/stdout file descriptors, the terminal in raw mode while the
//! REPL reads a line (`stty raw opost -echo`, as the seed says), and SIGINT for Ctrl-C
//! while code runs.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_sig: libc::c_int) {
    INTERRUPTED.store(true, Ordering::SeqCst);
}

pub struct HostHal {
    start: Instant,
    tty: Option<libc::termios>,
    interrupt_armed: bool,
    /// Files opened by `open` (`os.rs`).
    pub files: crate::os::Files,
}

impl HostHal {
    pub fn new() -> HostHal {
        // SAFETY: isatty only inspects the descriptor.
        let is_tty = unsafe { libc::isatty(0) } == 1;
        let tty = if is_tty {
            // SAFETY: `t` is a plain C struct that tcgetattr fills in.
            let mut t: libc::termios = unsafe { std::mem::zeroed() };
            // SAFETY: valid descriptor and pointer.
            (unsafe { libc::tcgetattr(0, &mut t) } == 0).then_some(t)
        } else {
            None
        };
        // SAFETY: installing a handler that only stores to an atomic is async-signal-safe.
        unsafe {
            libc::signal(libc::SIGINT, on_sigint as *const () as libc::sighandler_t);
        }
        let mut h = HostHal { start: Instant::now(), tty, interrupt_armed: false, files: Default::default() };
        h.raw_mode(true);
        h
    }

    pub fn is_tty(&self) -> bool {
        self.tty.is_some()
    }

    /// Raw mode (no echo, no line editing, no signals, output post-processing kept) or
    /// the terminal's original mode.
    fn raw_mode(&mut self, on: bool) {
        self.set_mode(on, false);
    }

    /// `signals`: raw, but Ctrl-C raises SIGINT (while code runs; no echo of `^C`).
    fn set_mode(&mut self, raw: bool, signals: bool) {
        let Some(orig) = self.tty else { return };
        let mut t = orig;
        if raw {
            t.c_lflag &= !(libc::ICANON | libc::ECHO | libc::ISIG | libc::IEXTEN);
            if signals {
                t.c_lflag |= libc::ISIG;
            }
            t.c_iflag &= !(libc::IXON | libc::ICRNL | libc::INLCR | libc::IGNCR);
            t.c_cc[libc::VMIN] = 1;
            t.c_cc[libc::VTIME] = 0;
        }
        // SAFETY: valid descriptor and termios pointer.
        unsafe {
            libc::tcsetattr(0, libc::TCSANOW, &t);
        }
    }

    /// Give the terminal back as it was.
    pub fn restore(&mut self) {
        self.raw_mode(false);
    }
}

impl runtime::Hal for HostHal {
    fn os(&mut self) -> Option<&mut dyn runtime::os_hal::OsHal> {
        Some(self)
    }

    fn stdin_rx_chr(&mut self) -> Option<u8> {
        let mut c = 0u8;
        loop {
            // SAFETY: reading one byte into a valid one-byte buffer.
            let n = unsafe { libc::read(0, (&mut c as *mut u8).cast(), 1) };
            if n == 1 {
                return Some(c);
            }
            if n == 0 {
                return None;
            }
            if std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted {
                return None;
            }
            if INTERRUPTED.swap(false, Ordering::SeqCst) {
                return Some(0x03);
            }
        }
    }

    fn stdin_ready(&mut self) -> bool {
        let mut fd = libc::pollfd { fd: 0, events: libc::POLLIN, revents: 0 };
        // SAFETY: one valid pollfd, a zero timeout (never blocks).
        let n = unsafe { libc::poll(&mut fd, 1, 0) };
        // Readable, or at the end of the input (a hang-up), as POSIX poll reports it.
        n == 1 && fd.revents & (libc::POLLIN | libc::POLLHUP) != 0
    }

    fn stdout_tx_strn(&mut self, mut bytes: &[u8]) {
        while !bytes.is_empty() {
            // SAFETY: writing from a valid buffer of `bytes.len()` bytes.
            let n = unsafe { libc::write(1, bytes.as_ptr().cast(), bytes.len()) };
            if n <= 0 {
                return;
            }
            bytes = &bytes[n as usize..];
        }
    }

    fn crlf(&self) -> bool {
        false
    }

    fn ticks_ms(&mut self) -> u32 {
        self.start.elapsed().as_millis() as u32
    }

    fn delay_ms(&mut self, ms: u32) {
        std::thread::sleep(std::time::Duration::from_millis(ms as u64));
    }

    fn ticks_us(&mut self) -> u32 {
        self.start.elapsed().as_micros() as u32
    }

    fn ticks_cpu(&mut self) -> u32 {
        // The finest clock the host offers: nanoseconds of the monotonic clock.
        self.start.elapsed().as_nanos() as u32
    }

    fn delay_us(&mut self, us: u32) {
        std::thread::sleep(std::time::Duration::from_micros(us as u64));
    }

    fn time_ns(&mut self) -> u64 {
        // A clock before 1970 reads as the epoch.
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64)
    }

    fn set_interrupt_char(&mut self, c: Option<u8>) {
        self.interrupt_armed = c.is_some();
        INTERRUPTED.store(false, Ordering::SeqCst);
        // While code runs Ctrl-C arrives as SIGINT.
        self.set_mode(true, c.is_some());
    }

    fn interrupt_pending(&mut self) -> bool {
        self.interrupt_armed && INTERRUPTED.swap(false, Ordering::SeqCst)
    }

    fn import_stat(&mut self, path: &str) -> runtime::ImportStat {
        match std::fs::metadata(if path.is_empty() { "." } else { path }) {
            Ok(m) if m.is_dir() => runtime::ImportStat::Dir,
            Ok(m) if m.is_file() => runtime::ImportStat::File,
            _ => runtime::ImportStat::NoExist,
        }
    }

    fn read_file(&mut self, path: &str, out: &mut runtime::GcVec<u8>) -> Result<bool, runtime::Exc> {
        match std::fs::read(path) {
            Ok(bytes) => out.extend_from_slice(&bytes).map(|()| true),
            Err(_) => Ok(false),
        }
    }
}
