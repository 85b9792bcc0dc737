//! The board's side of the port contract: the console USART, SysTick milliseconds (and
//! microseconds and core-clock cycles from SysTick's current value), the interrupt
//! character, and `os.urandom` where the chip has an RNG (feature `rng`).

use core::sync::atomic::{AtomicU32, Ordering};

use cortex_m::peripheral::syst::SystClkSource;
use cortex_m::peripheral::{SCB, SYST};
use cortex_m_rt::exception;

use crate::{platform, usart};

/// Milliseconds since `Board::new`, incremented by the SysTick exception.
static TICKS_MS: AtomicU32 = AtomicU32::new(0);
/// How many times `TICKS_MS` wrapped around (its high word, for the 64-bit wall clock).
static TICKS_MS_HI: AtomicU32 = AtomicU32::new(0);

#[exception]
fn SysTick() {
    // One writer (this handler); readers load the words atomically.
    let ms = TICKS_MS.load(Ordering::Relaxed).wrapping_add(1);
    if ms == 0 {
        TICKS_MS_HI.store(TICKS_MS_HI.load(Ordering::Relaxed).wrapping_add(1), Ordering::Relaxed);
    }
    TICKS_MS.store(ms, Ordering::Relaxed);
}

#[cfg_attr(not(feature = "python"), allow(dead_code))]
/// A consistent reading of the clock: 64-bit milliseconds, and the core-clock cycles
/// counted since that millisecond began (SysTick counts down from its reload value).
fn clock() -> (u64, u32) {
    loop {
        let hi = TICKS_MS_HI.load(Ordering::Relaxed);
        let ms = TICKS_MS.load(Ordering::Relaxed);
        let current = SYST::get_current();
        // A reload between the loads, or one whose exception has not run yet, would pair
        // this millisecond with the next one's count: read again.
        if TICKS_MS.load(Ordering::Relaxed) == ms
            && TICKS_MS_HI.load(Ordering::Relaxed) == hi
            && !SCB::is_pendst_pending()
        {
            let cycles = SYST::get_reload().saturating_sub(current);
            let ms = (u64::from(hi) << 32) | u64::from(ms);
            return (ms + late_wrap(ms as u32, cycles), cycles);
        }
    }
}

/// The raw millisecond and cycle count of the last reading, and whether the counter had
/// wrapped by then without its exception having run.
static LAST_MS: AtomicU32 = AtomicU32::new(0);
static LAST_CYCLES: AtomicU32 = AtomicU32::new(0);
static CARRY: AtomicU32 = AtomicU32::new(0);

/// 1 when the counter has wrapped into the next millisecond but `TICKS_MS` does not show
/// it yet. On the chip the pending bit tells (and `clock` reads again); under QEMU the
/// counter's value is computed from the virtual clock when read, while the exception (and
/// its pending bit) waits for QEMU's timer callback, so a reading can see the reloaded
/// count with the old millisecond: the count going down within one millisecond shows it.
/// Called from thread mode only (the SysTick handler does not read the clock).
fn late_wrap(ms: u32, cycles: u32) -> u64 {
    let same_ms = LAST_MS.load(Ordering::Relaxed) == ms;
    let carry = match (same_ms, cycles < LAST_CYCLES.load(Ordering::Relaxed)) {
        (false, _) => 0,
        (true, true) => 1,
        (true, false) => CARRY.load(Ordering::Relaxed),
    };
    LAST_MS.store(ms, Ordering::Relaxed);
    LAST_CYCLES.store(cycles, Ordering::Relaxed);
    CARRY.store(carry, Ordering::Relaxed);
    u64::from(carry)
}

/// Bytes that arrived while the VM polled for the interrupt character, kept for
/// `stdin_rx_chr` (the UART itself holds one byte).
struct Ring {
    buf: [u8; 256],
    head: u8,
    len: u16,
}

impl Ring {
    const fn new() -> Self {
        Ring { buf: [0; 256], head: 0, len: 0 }
    }

    /// Keep `b`; when full the byte is dropped (as a UART overrun would drop it).
    fn push(&mut self, b: u8) {
        if self.len < 256 {
            let tail = self.head.wrapping_add(self.len as u8);
            self.buf[usize::from(tail)] = b;
            self.len += 1;
        }
    }

    fn pop(&mut self) -> Option<u8> {
        if self.len == 0 {
            return None;
        }
        let b = self.buf[usize::from(self.head)];
        self.head = self.head.wrapping_add(1);
        self.len -= 1;
        Some(b)
    }
}

/// An STM32F4 board: its console USART at 115200 8N1, SysTick at 1 kHz.
pub struct Board {
    pending: Ring,
    interrupt_char: Option<u8>,
    /// The interrupt character arrived while `stdin_ready` looked at the UART.
    interrupted: bool,
    /// `os.urandom`'s source.
    #[cfg(feature = "rng")]
    rng: crate::rng::Rng,
    /// Core-clock cycles per microsecond (SysTick's rate).
    cycles_per_us: u32,
}

impl Board {
    /// Bring up the console on `console` and SysTick (1 ms period at the core clock) and
    /// start counting. After the `machine` hardware's set-up (`machine_hw`), if any: that
    /// splits GPIOA, which resets the port.
    pub fn new(mut syst: SYST, console: &usart::Port) -> Self {
        usart::init(console);
        let reload = platform::core_clock_hz() / 1000 - 1;
        syst.set_clock_source(SystClkSource::Core);
        syst.set_reload(reload);
        syst.clear_current();
        syst.enable_interrupt();
        syst.enable_counter();
        // The SYST peripheral is not needed again: the counter runs on its own.
        Board {
            pending: Ring::new(),
            interrupt_char: None,
            interrupted: false,
            #[cfg(feature = "rng")]
            rng: crate::rng::Rng::new(),
            cycles_per_us: platform::core_clock_hz() / 1_000_000,
        }
    }

    /// A byte if one has arrived: first the ones kept while polling, then the UART's.
    fn try_rx(&mut self) -> Option<u8> {
        self.pending.pop().or_else(usart::try_read)
    }

    /// A byte kept by `poll_interrupt`, if any (not the UART's).
    pub fn take_kept(&mut self) -> Option<u8> {
        self.pending.pop()
    }

    /// Block until a byte arrives. While the interrupt character is armed it is returned
    /// like any other byte if it arrives here (the VM is not running code then).
    pub fn rx(&mut self) -> u8 {
        loop {
            if let Some(b) = self.try_rx() {
                return b;
            }
        }
    }

    pub fn tx(&mut self, bytes: &[u8]) {
        usart::write(bytes);
    }

    pub fn ticks(&self) -> u32 {
        TICKS_MS.load(Ordering::Relaxed)
    }

    pub fn delay(&self, ms: u32) {
        let start = self.ticks();
        while self.ticks().wrapping_sub(start) < ms {
            // SysTick wakes the core every millisecond.
            cortex_m::asm::wfi();
        }
    }

    /// Microseconds since `Board::new`, wrapping.
    pub fn ticks_us(&self) -> u32 {
        let (ms, cycles) = clock();
        (ms as u32).wrapping_mul(1000).wrapping_add(cycles / self.cycles_per_us)
    }

    /// Core-clock cycles since `Board::new`, wrapping.
    pub fn ticks_cpu(&self) -> u32 {
        let (ms, cycles) = clock();
        (ms as u32).wrapping_mul(self.cycles_per_us * 1000).wrapping_add(cycles)
    }

    /// Busy-wait `us` microseconds.
    pub fn delay_us(&self, us: u32) {
        let start = self.ticks_us();
        while self.ticks_us().wrapping_sub(start) < us {}
    }

    /// Nanoseconds since `Board::new` (the board has no battery-backed clock set).
    pub fn uptime_ns(&self) -> u64 {
        let (ms, cycles) = clock();
        // In 32-bit divisions (a `u64` one is a kilobyte of library code): whole
        // microseconds, then the nanoseconds of the rest (below `cycles_per_us` cycles).
        let (us, rest) = (cycles / self.cycles_per_us, cycles % self.cycles_per_us);
        ms * 1_000_000 + u64::from(us * 1000 + rest * 1000 / self.cycles_per_us)
    }

    pub fn arm_interrupt(&mut self, c: Option<u8>) {
        self.interrupt_char = c;
    }

    /// Non-blocking: take the byte waiting in the UART, if any. The armed interrupt
    /// character is consumed and reported; any other byte is kept for `rx`.
    pub fn poll_interrupt(&mut self) -> bool {
        if core::mem::take(&mut self.interrupted) {
            return true;
        }
        match usart::try_read() {
            Some(b) if Some(b) == self.interrupt_char => true,
            Some(b) => {
                self.pending.push(b);
                false
            }
            None => false,
        }
    }
}

#[cfg(feature = "python")]
impl runtime::Hal for Board {
    fn stdin_rx_chr(&mut self) -> Option<u8> {
        Some(self.rx())
    }

    fn stdout_tx_strn(&mut self, bytes: &[u8]) {
        self.tx(bytes);
    }

    fn crlf(&self) -> bool {
        true
    }

    /// A byte kept, or one waiting in the UART (taken and kept; the armed interrupt
    /// character is remembered for `interrupt_pending` instead).
    fn stdin_ready(&mut self) -> bool {
        if self.pending.len == 0 {
            match usart::try_read() {
                Some(b) if Some(b) == self.interrupt_char => self.interrupted = true,
                Some(b) => self.pending.push(b),
                None => {}
            }
        }
        self.pending.len > 0
    }

    fn ticks_ms(&mut self) -> u32 {
        self.ticks()
    }

    fn delay_ms(&mut self, ms: u32) {
        self.delay(ms);
    }

    fn ticks_us(&mut self) -> u32 {
        Board::ticks_us(self)
    }

    fn ticks_cpu(&mut self) -> u32 {
        Board::ticks_cpu(self)
    }

    fn delay_us(&mut self, us: u32) {
        Board::delay_us(self, us);
    }

    /// No real-time clock is set: the wall clock starts at the epoch when the board does.
    fn time_ns(&mut self) -> u64 {
        self.uptime_ns()
    }

    fn set_interrupt_char(&mut self, c: Option<u8>) {
        self.arm_interrupt(c);
    }

    fn interrupt_pending(&mut self) -> bool {
        self.poll_interrupt()
    }

    /// `os.urandom` only: the board has no file system (`open` finds nothing). A firmware
    /// without the `os` module never asks, and leaves the RNG code out.
    #[cfg(feature = "rng")]
    fn os(&mut self) -> Option<&mut dyn runtime::os_hal::OsHal> {
        if runtime::os_hal::USED {
            Some(self)
        } else {
            None
        }
    }
}

#[cfg(feature = "rng")]
impl runtime::os_hal::OsHal for Board {
    fn open(&mut self, _path: &str, _mode: runtime::os_hal::OpenMode) -> Result<i32, runtime::os_hal::Errno> {
        Err(runtime::os_hal::ENOENT)
    }

    fn urandom(&mut self, buf: &mut [u8]) -> Result<(), runtime::os_hal::Errno> {
        // The cycle counter since start-up (its low bits vary from call to call).
        self.rng.fill(buf, || {
            let (ms, cycles) = clock();
            (ms as u32).wrapping_mul(1_000_003).wrapping_add(cycles)
        });
        Ok(())
    }
}
