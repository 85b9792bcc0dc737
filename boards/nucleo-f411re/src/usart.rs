//! USART2 on PA2 (TX) / PA3 (RX), the NUCLEO's ST-LINK virtual COM port, polled, by
//! volatile register access (boards/netduinoplus2/src/usart.rs on USART1: the base
//! address, the clock-enable bit and the pins differ). 16 MHz HSI on APB1, 115200 8N1.

use core::ptr::{read_volatile, write_volatile};

const USART2: usize = 0x4000_4400;
const SR: *mut u32 = USART2 as *mut u32;
const DR: *mut u32 = (USART2 + 0x04) as *mut u32;
const BRR: *mut u32 = (USART2 + 0x08) as *mut u32;
const CR1: *mut u32 = (USART2 + 0x0C) as *mut u32;

const SR_RXNE: u32 = 1 << 5;
const SR_TXE: u32 = 1 << 7;
const CR1_UE: u32 = 1 << 13;
const CR1_TE: u32 = 1 << 3;
const CR1_RE: u32 = 1 << 2;

const RCC_AHB1ENR: *mut u32 = 0x4002_3830 as *mut u32;
const RCC_APB1ENR: *mut u32 = 0x4002_3840 as *mut u32;
const AHB1ENR_GPIOAEN: u32 = 1 << 0;
const APB1ENR_USART2EN: u32 = 1 << 17;

const GPIOA_MODER: *mut u32 = 0x4002_0000 as *mut u32;
const GPIOA_AFRL: *mut u32 = 0x4002_0020 as *mut u32;

/// 16 MHz / 115200 = 138.9: mantissa 8, fraction 11 (oversampling by 16).
const BRR_115200_AT_16MHZ: u32 = 0x8B;

/// Clock USART2 and GPIOA, route PA2/PA3 to AF7, 115200 8N1, transmitter and receiver on.
pub fn init() {
    // SAFETY: fixed, always-mapped STM32F4 peripheral registers; read-modify-write from the
    // single thread of the firmware before any interrupt that touches them is enabled.
    unsafe {
        write_volatile(RCC_AHB1ENR, read_volatile(RCC_AHB1ENR) | AHB1ENR_GPIOAEN);
        write_volatile(RCC_APB1ENR, read_volatile(RCC_APB1ENR) | APB1ENR_USART2EN);
        // Read back once: the clock takes effect two peripheral cycles after the write (errata).
        let _ = read_volatile(RCC_APB1ENR);

        // PA2, PA3: mode 0b10 (alternate function), AF7 (USART2).
        let moder = read_volatile(GPIOA_MODER) & !(0b11 << 4 | 0b11 << 6);
        write_volatile(GPIOA_MODER, moder | 0b10 << 4 | 0b10 << 6);
        let afrl = read_volatile(GPIOA_AFRL) & !(0xF << 8 | 0xF << 12);
        write_volatile(GPIOA_AFRL, afrl | 7 << 8 | 7 << 12);

        write_volatile(BRR, BRR_115200_AT_16MHZ);
        write_volatile(CR1, CR1_UE | CR1_TE | CR1_RE);
    }
}

/// Send one byte, waiting for the transmit register to be empty.
#[inline]
pub fn write_byte(b: u8) {
    // SAFETY: USART2 SR/DR are always-mapped MMIO registers; volatile reads/writes of them
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
