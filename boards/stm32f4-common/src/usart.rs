//! The console: a USART on two GPIOA pins (alternate function 7), polled, by volatile
//! register access, so that the bring-up build and the fatal paths need no HAL. The board
//! names its [`Port`]: netduinoplus2's USART1 on PA9/PA10 (what QEMU's first `-serial`
//! connects to), the NUCLEO's USART2 on PA2/PA3 (the ST-LINK's virtual COM port).
//!
//! The RCC/GPIO set-up is what real silicon needs after reset (16 MHz HSI on both APB
//! buses, 115200 8N1); QEMU does not model RCC or GPIOA and ignores those writes.

use core::ptr::{read_volatile, write_volatile};
use core::sync::atomic::{AtomicUsize, Ordering};

/// A console USART: its registers, its clock-enable bit and its pins.
pub struct Port {
    /// The USART's base address (USART1 0x4001_1000, USART2 0x4000_4400).
    pub base: usize,
    /// The RCC enable register of its bus (APB2ENR 0x4002_3844, APB1ENR 0x4002_3840) and
    /// its bit there.
    pub rcc_enr: usize,
    pub rcc_bit: u32,
    /// TX and RX: pin numbers on GPIOA.
    pub tx: u8,
    pub rx: u8,
}

// Register offsets and bits (RM0090 30.6, RM0383 19.6).
const SR: usize = 0x00;
const DR: usize = 0x04;
const BRR: usize = 0x08;
const CR1: usize = 0x0C;
const SR_RXNE: u32 = 1 << 5;
const SR_TXE: u32 = 1 << 7;
const CR1_UE: u32 = 1 << 13;
const CR1_TE: u32 = 1 << 3;
const CR1_RE: u32 = 1 << 2;

const RCC_AHB1ENR: *mut u32 = 0x4002_3830 as *mut u32;
const AHB1ENR_GPIOAEN: u32 = 1 << 0;
const GPIOA_MODER: *mut u32 = 0x4002_0000 as *mut u32;
/// AFRL; AFRH is the next word.
const GPIOA_AFRL: usize = 0x4002_0020;

/// 16 MHz / 115200 = 138.9: mantissa 8, fraction 11 (oversampling by 16).
const BRR_115200_AT_16MHZ: u32 = 0x8B;

/// The console's base address once [`init`] ran (0 before: the fatal paths then write
/// nothing).
static BASE: AtomicUsize = AtomicUsize::new(0);

fn reg(offset: usize) -> *mut u32 {
    (BASE.load(Ordering::Relaxed) + offset) as *mut u32
}

/// Route pin `n` of GPIOA to alternate function 7.
///
/// # Safety
/// Single-threaded set-up of the always-mapped GPIOA registers.
unsafe fn af7(n: u8) {
    let n = u32::from(n);
    let afr = (GPIOA_AFRL + 4 * (n as usize / 8)) as *mut u32;
    let shift = 4 * (n % 8);
    // SAFETY: the caller's; MODER and AFRL/AFRH are always-mapped GPIOA registers.
    unsafe {
        let moder = read_volatile(GPIOA_MODER) & !(0b11 << (2 * n));
        write_volatile(GPIOA_MODER, moder | 0b10 << (2 * n));
        write_volatile(afr, read_volatile(afr) & !(0xF << shift) | 7 << shift);
    }
}

/// Clock the USART and GPIOA, route the pins to AF7, 115200 8N1, transmitter and
/// receiver on.
pub fn init(port: &Port) {
    BASE.store(port.base, Ordering::Relaxed);
    let enr = port.rcc_enr as *mut u32;
    // SAFETY: fixed, always-mapped STM32F4 peripheral registers (the board's port names
    // them); read-modify-write from the single thread of the firmware before any
    // interrupt that touches them is enabled.
    unsafe {
        write_volatile(RCC_AHB1ENR, read_volatile(RCC_AHB1ENR) | AHB1ENR_GPIOAEN);
        write_volatile(enr, read_volatile(enr) | port.rcc_bit);
        // Read back once: the clock takes effect two peripheral cycles after the write (errata).
        let _ = read_volatile(enr);
        af7(port.tx);
        af7(port.rx);
        write_volatile(reg(BRR), BRR_115200_AT_16MHZ);
        write_volatile(reg(CR1), CR1_UE | CR1_TE | CR1_RE);
    }
}

/// Send one byte, waiting for the transmit register to be empty.
#[inline]
pub fn write_byte(b: u8) {
    // SAFETY: SR/DR of the console's USART (set by `init`, before any output) are
    // always-mapped MMIO registers; volatile reads/writes of them have no effect on
    // Rust-visible memory.
    unsafe {
        while read_volatile(reg(SR)) & SR_TXE == 0 {}
        write_volatile(reg(DR), u32::from(b));
    }
}

/// Send bytes as they are.
pub fn write(bytes: &[u8]) {
    for &b in bytes {
        write_byte(b);
    }
}

/// Send bytes, giving up on a byte after a bounded wait for TXE (for the panic and fault
/// paths, where the UART may not have been set up yet: then nothing is sent).
pub fn write_bounded(bytes: &[u8]) {
    if BASE.load(Ordering::Relaxed) == 0 {
        return;
    }
    for &b in bytes {
        let mut spins = 0u32;
        // SAFETY: as in `write_byte`.
        while unsafe { read_volatile(reg(SR)) } & SR_TXE == 0 && spins < 100_000 {
            spins += 1;
        }
        // SAFETY: as in `write_byte`.
        unsafe { write_volatile(reg(DR), u32::from(b)) };
    }
}

/// The received byte, if one is waiting (reading DR clears RXNE and any overrun flag).
#[inline]
pub fn try_read() -> Option<u8> {
    // SAFETY: as in `write_byte`; reading DR is the documented way to take the byte.
    unsafe {
        if read_volatile(reg(SR)) & SR_RXNE != 0 {
            Some(read_volatile(reg(DR)) as u8)
        } else {
            None
        }
    }
}
