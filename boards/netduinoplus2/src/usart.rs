//! USART1 on PA9 (TX) / PA10 (RX), polled, by volatile register access.
//!
//! On QEMU's `netduinoplus2` machine USART1 is what the first `-serial` connects to. The
//! RCC/GPIO set-up is what a real STM32F405 needs after reset (16 MHz HSI, 115200 8N1); QEMU
//! does not model RCC or GPIOA and ignores those writes.

use core::ptr::{read_volatile, write_volatile};

const USART1: usize = 0x4001_1000;
const SR: *mut u32 = USART1 as *mut u32;
const DR: *mut u32 = (USART1 + 0x04) as *mut u32;
const BRR: *mut u32 = (USART1 + 0x08) as *mut u32;
const CR1: *mut u32 = (USART1 + 0x0C) as *mut u32;

const SR_RXNE: u32 = 1 << 5;
const SR_TXE: u32 = 1 << 7;
const CR1_UE: u32 = 1 << 13;
const CR1_TE: u32 = 1 << 3;
const CR1_RE: u32 = 1 << 2;

const RCC_AHB1ENR: *mut u32 = 0x4002_3830 as *mut u32;
const RCC_APB2ENR: *mut u32 = 0x4002_3844 as *mut u32;
const AHB1ENR_GPIOAEN: u32 = 1 << 0;
const APB2ENR_USART1EN: u32 = 1 << 4;

const GPIOA_MODER: *mut u32 = 0x4002_0000 as *mut u32;
const GPIOA_AFRH: *mut u32 = 0x4002_0024 as *mut u32;

/// 16 MHz / 115200 = 138.9: mantissa 8, fraction 11 (oversampling by 16).
const BRR_115200_AT_16MHZ: u32 = 0x8B;

/// Clock USART1 and GPIOA, route PA9/PA10 to AF7, 115200 8N1, transmitter and receiver on.
pub fn init() {
    // SAFETY: fixed, always-mapped STM32F4 peripheral registers; read-modify-write from the
    // single thread of the firmware before any interrupt that touches them is enabled.
    unsafe {
        write_volatile(RCC_AHB1ENR, read_volatile(RCC_AHB1ENR) | AHB1ENR_GPIOAEN);
        write_volatile(RCC_APB2ENR, read_volatile(RCC_APB2ENR) | APB2ENR_USART1EN);
        // Read back once: the clock takes effect two peripheral cycles after the write (errata).
        let _ = read_volatile(RCC_APB2ENR);

        // PA9, PA10: mode 0b10 (alternate function), AF7 (USART1).
        let moder = read_volatile(GPIOA_MODER) & !(0b11 << 18 | 0b11 << 20);
        write_volatile(GPIOA_MODER, moder | 0b10 << 18 | 0b10 << 20);
        let afrh = read_volatile(GPIOA_AFRH) & !(0xF << 4 | 0xF << 8);
        write_volatile(GPIOA_AFRH, afrh | 7 << 4 | 7 << 8);

        write_volatile(BRR, BRR_115200_AT_16MHZ);
        write_volatile(CR1, CR1_UE | CR1_TE | CR1_RE);
    }
}

/// Send one byte, waiting for the transmit register to be empty.
#[inline]
pub fn write_byte(b: u8) {
    // SAFETY: USART1 SR/DR are always-mapped MMIO registers; volatile reads/writes of them
    // have no effect on Rust-visible memory.
    unsafe {
        while read_volatile(SR) & SR_TXE == 0 {}
        write_volatile(DR, u32::from(b));
    }
}

/// Send bytes as they are.
pub fn write(bytes: &[u8]) {
    for &b in bytes {
        write_byte(b);
    }
}

/// Send bytes, giving up on a byte after a bounded wait for TXE (for the panic and fault
/// paths, where the UART may not have been set up yet).
pub fn write_bounded(bytes: &[u8]) {
    for &b in bytes {
        let mut spins = 0u32;
        // SAFETY: as in `write_byte`.
        while unsafe { read_volatile(SR) } & SR_TXE == 0 && spins < 100_000 {
            spins += 1;
        }
        // SAFETY: as in `write_byte`.
        unsafe { write_volatile(DR, u32::from(b)) };
    }
}

/// The received byte, if one is waiting (reading DR clears RXNE and any overrun flag).
#[inline]
pub fn try_read() -> Option<u8> {
    // SAFETY: as in `write_byte`; reading DR is the documented way to take the byte.
    unsafe {
        if read_volatile(SR) & SR_RXNE != 0 {
            Some(read_volatile(DR) as u8)
        } else {
            None
        }
    }
}
