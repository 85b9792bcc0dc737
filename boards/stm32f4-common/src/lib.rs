//! What the STM32F4 boards (`boards/netduinoplus2`, `boards/nucleo-f411re`) share, so that
//! a board crate keeps only what is its own: its pin table and names, its console's and
//! `UART`'s USART and pins, its memory map (memory.x, `mem*` ranges) and its `main`.
//!
//! - [`usart`]: the console, a register-level polled driver for the USART and GPIOA pins
//!   the board names ([`usart::Port`]), also used by the fatal paths;
//! - [`hal`]: [`Board`], SysTick milliseconds (and microseconds and cycles), the bytes
//!   kept while the VM polls for Ctrl-C, and (feature `python`) the runtime's `Hal`, with
//!   `os.urandom` from the chip's RNG (feature `rng`, the STM32F405's; `rng.rs`);
//! - [`platform`]: the core clock (the 16 MHz HSI; QEMU's 168 MHz when [`on_qemu`]) and
//!   the fatal paths (panic, HardFault, unexpected interrupts);
//! - feature `machine`: [`pins::HalPin`] (stm32f4xx-hal erased pins with run-time mode and
//!   pull), the EXTI lines and their interrupt handlers (`exti.rs`), and
//!   [`machine_hw::MachineHw`], the `machine::Board` over a pin table, one USART as
//!   `UART(id)`, and the board's `mem*` ranges.
//!
//! - `mem.rs`: small `memcpy`, `memmove`, `memset`, `memcmp` in place of `compiler_builtins`'
//!   fast and large ones (3 KB less flash).
//! - `div.rs`: a small 64-bit unsigned division (`__udivmoddi4`) in place of theirs (540
//!   bytes less).
//!
//! A board enables the feature of its chip (`stm32f405`, `stm32f411`: stm32f4xx-hal's).
//! Clocks: the HSI at 16 MHz, no PLL, on every board (see docs/ARCHITECTURE.md,
//! "machine"): the console's baud-rate divisor and SysTick's reload assume it.
#![no_std]

#[cfg(target_os = "none")]
mod div;
pub mod hal;
#[cfg(target_os = "none")]
mod mem;
pub mod platform;
#[cfg(feature = "rng")]
mod rng;
pub mod usart;

#[cfg(feature = "machine")]
mod exti;
#[cfg(feature = "machine")]
pub mod machine_hw;
#[cfg(feature = "machine")]
pub mod pins;

pub use hal::Board;
pub use platform::{fatal, on_qemu};
