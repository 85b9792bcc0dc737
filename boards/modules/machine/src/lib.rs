//! MicroPython's `machine` module over embedded-hal 1.0.
//!
//! Three layers, one way:
//! - [`pin`] and [`uart`]: the logic of `Pin` and `UART`, generic over embedded-hal 1.0's
//!   digital traits and embedded-hal-nb's serial traits (unit-tested against
//!   `embedded-hal-mock` on the host: `cargo test -p machine`);
//! - [`board`]: the one trait a board implements (pin map, UARTs, reset, clocks, unique
//!   ID, idle, interrupts, pin edge interrupts, memory) and the registry holding it while
//!   Python runs;
//! - [`irq`]: what a board's interrupt handlers call when a pin's edge fires
//!   ([`irq_fired`]: an atomic bit mask, safe in an interrupt handler);
//! - `py`: the Python module (a board lists the crate in board.toml's `[modules] user` and
//!   in its Cargo.toml's dependencies; its build checks that both are there).
//!
//! A board makes its pins `GpioPin<its HAL's pin>` and its UARTs `SerialPort<its HAL's
//! serial>`, implements `Board`, and calls [`install`] before the REPL starts.
#![no_std]

pub mod board;
pub mod irq;
pub mod pin;
pub mod uart;

#[doc(hidden)]
pub mod py;
#[cfg(feature = "sim")]
pub mod sim;

pub use board::{install, with_board, Board, HwError, PinName};
pub use irq::{irq_fired, irq_fired_edge};
pub use pin::{DynPin, GpioPin, Mode, Pull, Reconfigure};
pub use uart::{DynUart, SerialPort};
