//! `machine.UART`'s logic over embedded-hal-nb 1.0 serial traits, independent of Python
//! and of the board.
//!
//! [`SerialPort`] wraps any `embedded_hal_nb::serial::{Read<u8>, Write<u8>}` and adds a
//! receive ring: the non-blocking `read` says only "a byte or not yet", so `any()` drains
//! what the hardware holds into the ring and counts it. The Python layer sees it through
//! the object-safe [`DynUart`] and does the waiting (timeouts, Ctrl-C) itself.

use embedded_hal_nb::nb;
use embedded_hal_nb::serial::{Read, Write};

use crate::board::HwError;

/// Bytes kept between `any()` and `read()` (the STM32's USART holds one).
pub const RX_RING: usize = 64;

/// What the Python layer asks of a UART (object-safe).
pub trait DynUart {
    /// Bytes that can be read without waiting.
    fn any(&mut self) -> usize;
    /// One byte if one has arrived.
    fn read_byte(&mut self) -> Option<u8>;
    /// Send `bytes` (blocking until each is accepted).
    ///
    /// # Errors
    /// The HAL's failure.
    fn write(&mut self, bytes: &[u8]) -> Result<(), HwError>;
    /// Wait until everything written has been sent.
    ///
    /// # Errors
    /// The HAL's failure.
    fn flush(&mut self) -> Result<(), HwError>;
}

/// A UART of any embedded-hal-nb serial type `S`, with its receive ring.
pub struct SerialPort<S> {
    serial: S,
    ring: [u8; RX_RING],
    head: usize,
    len: usize,
    /// Receive errors seen (overrun, framing, noise): the byte is dropped and counted.
    pub rx_errors: u32,
}

impl<S> SerialPort<S> {
    pub const fn new(serial: S) -> Self {
        SerialPort { serial, ring: [0; RX_RING], head: 0, len: 0, rx_errors: 0 }
    }

    /// The wrapped serial (the tests look at their mocks; boards reconfigure it).
    pub fn inner(&mut self) -> &mut S {
        &mut self.serial
    }

    /// The wrapped serial, for a board that reconfigures it (what the ring held is lost).
    pub fn into_inner(self) -> S {
        self.serial
    }

    /// Forget what the ring holds (a reconfigured UART starts empty).
    pub fn clear(&mut self) {
        self.head = 0;
        self.len = 0;
    }
}

impl<S: Read<u8>> SerialPort<S> {
    /// Move what the hardware holds into the ring, until it has nothing or the ring is full
    /// (bounded: a HAL that kept reporting errors must not hang the caller).
    fn drain(&mut self) {
        for _ in 0..2 * RX_RING {
            if self.len == RX_RING {
                break;
            }
            match self.serial.read() {
                Ok(b) => {
                    self.ring[(self.head + self.len) % RX_RING] = b;
                    self.len += 1;
                }
                Err(nb::Error::WouldBlock) => break,
                Err(nb::Error::Other(_)) => self.rx_errors = self.rx_errors.wrapping_add(1),
            }
        }
    }
}

impl<S: Read<u8> + Write<u8>> DynUart for SerialPort<S> {
    fn any(&mut self) -> usize {
        self.drain();
        self.len
    }

    fn read_byte(&mut self) -> Option<u8> {
        if self.len == 0 {
            self.drain();
        }
        if self.len == 0 {
            return None;
        }
        let b = self.ring[self.head];
        self.head = (self.head + 1) % RX_RING;
        self.len -= 1;
        Some(b)
    }

    fn write(&mut self, bytes: &[u8]) -> Result<(), HwError> {
        for &b in bytes {
            nb::block!(self.serial.write(b)).map_err(|_| HwError::Io)?;
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<(), HwError> {
        nb::block!(self.serial.flush()).map_err(|_| HwError::Io)
    }
}
