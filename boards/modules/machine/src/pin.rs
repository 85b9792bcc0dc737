//! `machine.Pin`'s logic over embedded-hal 1.0, independent of Python and of the board.
//!
//! [`GpioPin`] wraps any pin type with embedded-hal's `InputPin + StatefulOutputPin` and
//! the one thing embedded-hal 1.0 has no trait for, switching mode at run time
//! ([`Reconfigure`], which the board implements with its HAL). The Python layer sees it
//! through the object-safe [`DynPin`], so the board's pin map can hold pins of one type.
//!
//! Semantics (MicroPython's `machine.Pin`): `value()` reads the input level in `IN` and
//! `OPEN_DRAIN` mode and the output latch in `OUT` mode; `value(x)` in `IN` mode is kept
//! and driven when the pin becomes an output (as the stm32 port's output data register);
//! a `value=` given with a mode is driven before the mode changes, so the pin starts at it.

use embedded_hal::digital::{InputPin, StatefulOutputPin};

use crate::board::HwError;

/// `Pin.IN`, `Pin.OUT`, `Pin.OPEN_DRAIN` (the stm32 port's values).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    In,
    Out,
    OpenDrain,
}

impl Mode {
    pub const fn code(self) -> i32 {
        match self {
            Mode::In => 0,
            Mode::Out => 1,
            Mode::OpenDrain => 0x11,
        }
    }

    pub fn from_code(c: i64) -> Option<Mode> {
        [Mode::In, Mode::Out, Mode::OpenDrain].into_iter().find(|m| i64::from(m.code()) == c)
    }
}

/// `None`, `Pin.PULL_UP`, `Pin.PULL_DOWN`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pull {
    None,
    Up,
    Down,
}

impl Pull {
    /// The Python value's code (`None` is not an int: the Python layer maps it).
    pub const fn code(self) -> Option<i32> {
        match self {
            Pull::None => None,
            Pull::Up => Some(1),
            Pull::Down => Some(2),
        }
    }

    pub fn from_code(c: i64) -> Option<Pull> {
        match c {
            1 => Some(Pull::Up),
            2 => Some(Pull::Down),
            _ => None,
        }
    }
}

/// Switching a pin's mode at run time, which embedded-hal 1.0 leaves to each HAL.
pub trait Reconfigure {
    /// Make the pin `mode` with `pull`; for an output, drive `level` first.
    ///
    /// # Errors
    /// `HwError::Unsupported` for a combination the pin cannot do.
    fn reconfigure(&mut self, mode: Mode, pull: Pull, level: bool) -> Result<(), HwError>;
}

/// What the Python layer asks of a pin (object-safe, so a pin map holds `dyn DynPin`).
pub trait DynPin {
    /// `Pin.init(mode, pull, value=)`: `None` leaves the mode or pull as they are.
    ///
    /// # Errors
    /// The HAL's failure.
    fn init(&mut self, mode: Option<Mode>, pull: Option<Pull>, value: Option<bool>) -> Result<(), HwError>;
    /// `value()`.
    ///
    /// # Errors
    /// The HAL's failure.
    fn value(&mut self) -> Result<bool, HwError>;
    /// `value(x)`, `on()`, `off()`.
    ///
    /// # Errors
    /// The HAL's failure.
    fn set_value(&mut self, high: bool) -> Result<(), HwError>;
    /// `toggle()`.
    ///
    /// # Errors
    /// The HAL's failure.
    fn toggle(&mut self) -> Result<(), HwError>;
    /// The current mode and pull, for `repr`.
    fn config(&self) -> (Mode, Pull);
}

/// A pin of any embedded-hal 1.0 pin type `P`, with the mode it is in.
pub struct GpioPin<P> {
    pin: P,
    mode: Mode,
    pull: Pull,
    /// The level to drive: the last `value(x)`, applied on becoming an output.
    level: bool,
    /// Whether `mode` has been set on the hardware yet (a pin starts unconfigured).
    configured: bool,
}

impl<P> GpioPin<P> {
    /// A pin not yet configured (its first `init` or constructor call sets the mode).
    pub const fn new(pin: P) -> Self {
        GpioPin { pin, mode: Mode::In, pull: Pull::None, level: false, configured: false }
    }

    /// The wrapped pin (the tests look at their mocks).
    pub fn inner(&mut self) -> &mut P {
        &mut self.pin
    }
}

fn hw<E>(_: E) -> HwError {
    HwError::Io
}

impl<P: InputPin + StatefulOutputPin + Reconfigure> DynPin for GpioPin<P> {
    fn init(&mut self, mode: Option<Mode>, pull: Option<Pull>, value: Option<bool>) -> Result<(), HwError> {
        if let Some(v) = value {
            self.level = v;
        }
        let mode = mode.unwrap_or(self.mode);
        let pull = pull.unwrap_or(self.pull);
        self.pin.reconfigure(mode, pull, self.level)?;
        self.mode = mode;
        self.pull = pull;
        self.configured = true;
        Ok(())
    }

    fn value(&mut self) -> Result<bool, HwError> {
        if !self.configured {
            self.init(None, None, None)?;
        }
        match self.mode {
            Mode::Out => self.pin.is_set_high().map_err(hw),
            Mode::In | Mode::OpenDrain => self.pin.is_high().map_err(hw),
        }
    }

    fn set_value(&mut self, high: bool) -> Result<(), HwError> {
        self.level = high;
        if !self.configured || self.mode == Mode::In {
            return Ok(());
        }
        if high {
            self.pin.set_high().map_err(hw)
        } else {
            self.pin.set_low().map_err(hw)
        }
    }

    fn toggle(&mut self) -> Result<(), HwError> {
        if !self.configured || self.mode == Mode::In {
            self.level = !self.level;
            return Ok(());
        }
        self.pin.toggle().map_err(hw)?;
        self.level = !self.level;
        Ok(())
    }

    fn config(&self) -> (Mode, Pull) {
        (self.mode, self.pull)
    }
}
