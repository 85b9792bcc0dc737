//! The board's side of the port contract: USART1 console, SysTick milliseconds, the
//! interrupt character.

use core::sync::atomic::{AtomicU32, Ordering};

use cortex_m::peripheral::syst::SystClkSource;
use cortex_m::peripheral::SYST;
use cortex_m_rt::exception;

use crate::{platform, usart};

/// Milliseconds since `Board::new`, incremented by the SysTick exception.
static TICKS_MS: AtomicU32 = AtomicU32::new(0);

#[exception]
fn SysTick() {
    // One writer (this handler); readers load the word atomically.
    TICKS_MS.store(TICKS_MS.load(Ordering::Relaxed).wrapping_add(1), Ordering::Relaxed);
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

/// The STM32F405 board: USART1 at 115200 8N1, SysTick at 1 kHz.
pub struct Board {
    pending: Ring,
    interrupt_char: Option<u8>,
}

impl Board {
    /// Bring up USART1 and SysTick (1 ms period at the core clock) and start counting.
    pub fn new(mut syst: SYST) -> Self {
        usart::init();
        let reload = platform::core_clock_hz() / 1000 - 1;
        syst.set_clock_source(SystClkSource::Core);
        syst.set_reload(reload);
        syst.clear_current();
        syst.enable_interrupt();
        syst.enable_counter();
        // The SYST peripheral is not needed again: the counter runs on its own.
        Board { pending: Ring::new(), interrupt_char: None }
    }

    /// A byte if one has arrived: first the ones kept while polling, then the UART's.
    fn try_rx(&mut self) -> Option<u8> {
        self.pending.pop().or_else(usart::try_read)
    }

    /// A byte kept by `poll_interrupt`, if any (not the UART's).
    #[cfg_attr(feature = "python", allow(dead_code))]
    pub fn take_kept(&mut self) -> Option<u8> {
        self.pending.pop()
    }

    /// Block until a byte arrives. While the interrupt character is armed it is returned
    /// like any other byte if it arrives here (the VM is not running code then).
    #[cfg_attr(not(feature = "python"), allow(dead_code))]
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

    pub fn arm_interrupt(&mut self, c: Option<u8>) {
        self.interrupt_char = c;
    }

    /// Non-blocking: take the byte waiting in the UART, if any. The armed interrupt
    /// character is consumed and reported; any other byte is kept for `rx`.
    pub fn poll_interrupt(&mut self) -> bool {
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

    fn ticks_ms(&mut self) -> u32 {
        self.ticks()
    }

    fn delay_ms(&mut self, ms: u32) {
        self.delay(ms);
    }

    fn set_interrupt_char(&mut self, c: Option<u8>) {
        self.arm_interrupt(c);
    }

    fn interrupt_pending(&mut self) -> bool {
        self.poll_interrupt()
    }
}
