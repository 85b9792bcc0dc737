//! The STM32F4 pin layer of `machine`: [`HalPin`], a `stm32f4xx-hal` erased pin with
//! embedded-hal 1.0's digital traits and `machine`'s [`Reconfigure`] (switching mode and
//! pull at run time), and edge interrupts through the EXTI (`exti.rs`, with the EXTI
//! interrupt handlers).
//!
//! Mode changes go through the HAL's erased pins (`AnyPin::into_mode`); the HAL has no
//! pull setter for erased pins, so the pull and the level an output starts at are written
//! through its PAC (PUPDR, BSRR), before the mode changes.

use core::convert::Infallible;

use embedded_hal::digital::{ErrorType, InputPin, OutputPin, StatefulOutputPin};
use machine::{HwError, Mode, Pull, Reconfigure};
use stm32f4xx_hal::gpio::{self, AnyPin, Edge, Input, OpenDrain, Output, PinExt, PinMode, PushPull};
use stm32f4xx_hal::pac::{self, EXTI};
use stm32f4xx_hal::syscfg::SysCfg;

use crate::exti;

/// A pin in whichever mode it is in, as the HAL types it.
enum Io {
    In(AnyPin<Input>),
    PushPull(AnyPin<Output<PushPull>>),
    OpenDrain(AnyPin<Output<OpenDrain>>),
}

impl Io {
    fn into_mode<M: PinMode>(self) -> AnyPin<M> {
        match self {
            Io::In(p) => p.into_mode(),
            Io::PushPull(p) => p.into_mode(),
            Io::OpenDrain(p) => p.into_mode(),
        }
    }

    fn port_pin(&self) -> (u8, u8) {
        match self {
            Io::In(p) => (p.port_id(), p.pin_id()),
            Io::PushPull(p) => (p.port_id(), p.pin_id()),
            Io::OpenDrain(p) => (p.port_id(), p.pin_id()),
        }
    }
}

/// One pin of the map: embedded-hal's traits plus [`Reconfigure`].
pub struct HalPin(Option<Io>);

impl HalPin {
    /// A pin of the map, as an input.
    pub fn input(pin: AnyPin<Input>) -> HalPin {
        HalPin(Some(Io::In(pin)))
    }

    /// Interrupt on the pin's `rising` and/or `falling` edges through its EXTI line (its
    /// number within the port), or neither: mask the line (see `exti.rs`). The mode may
    /// change later: the EXTI watches the input level whatever the mode.
    ///
    /// # Errors
    /// `HwError::Io` if the pin is gone (a failed mode change).
    pub fn set_irq(
        &mut self,
        syscfg: &mut SysCfg,
        exti: &mut EXTI,
        rising: bool,
        falling: bool,
    ) -> Result<(), HwError> {
        let edge = match (rising, falling) {
            (true, true) => Some(Edge::RisingFalling),
            (true, false) => Some(Edge::Rising),
            (false, true) => Some(Edge::Falling),
            (false, false) => None,
        };
        let line = self.0.as_ref().ok_or(HwError::Io)?.port_pin().1;
        match &mut self.0 {
            Some(Io::In(p)) => exti::configure(p, line, syscfg, exti, edge),
            Some(Io::PushPull(p)) => exti::configure(p, line, syscfg, exti, edge),
            Some(Io::OpenDrain(p)) => exti::configure(p, line, syscfg, exti, edge),
            None => return Err(HwError::Io),
        }
        Ok(())
    }
}

/// The registers of GPIO port `port` (0 = A).
fn gpio_regs(port: u8) -> &'static pac::gpioa::RegisterBlock {
    let addr = pac::GPIOA::ptr() as usize + 0x400 * usize::from(port);
    // SAFETY: GPIOA..GPIOI are always-mapped blocks 0x400 apart with GPIOA's register
    // layout (RM0090, memory map), as the HAL's own erased pins compute them; the board
    // only writes the fields of pins it owns (PUPDR bits, BSRR set/reset bits).
    unsafe { &*(addr as *const pac::gpioa::RegisterBlock) }
}

impl Reconfigure for HalPin {
    fn reconfigure(&mut self, mode: Mode, pull: Pull, level: bool) -> Result<(), HwError> {
        let io = self.0.take().ok_or(HwError::Io)?;
        let (port, n) = io.port_pin();
        let regs = gpio_regs(port);
        let pull = match pull {
            Pull::None => gpio::Pull::None,
            Pull::Up => gpio::Pull::Up,
            Pull::Down => gpio::Pull::Down,
        };
        regs.pupdr().modify(|_, w| w.pupdr(n).variant(pull.into()));
        // The output data register first, so an output starts at `level` without a glitch.
        if level {
            regs.bsrr().write(|w| w.bs(n).set_bit());
        } else {
            regs.bsrr().write(|w| w.br(n).set_bit());
        }
        self.0 = Some(match mode {
            Mode::In => Io::In(io.into_mode()),
            Mode::Out => Io::PushPull(io.into_mode()),
            Mode::OpenDrain => Io::OpenDrain(io.into_mode()),
        });
        Ok(())
    }
}

impl ErrorType for HalPin {
    type Error = Infallible;
}

impl InputPin for HalPin {
    fn is_high(&mut self) -> Result<bool, Infallible> {
        Ok(match &self.0 {
            Some(Io::In(p)) => p.is_high(),
            Some(Io::OpenDrain(p)) => p.is_high(),
            Some(Io::PushPull(p)) => p.is_set_high(),
            None => false,
        })
    }
    fn is_low(&mut self) -> Result<bool, Infallible> {
        self.is_high().map(|h| !h)
    }
}

impl OutputPin for HalPin {
    fn set_high(&mut self) -> Result<(), Infallible> {
        match &mut self.0 {
            Some(Io::PushPull(p)) => p.set_high(),
            Some(Io::OpenDrain(p)) => p.set_high(),
            _ => {}
        }
        Ok(())
    }
    fn set_low(&mut self) -> Result<(), Infallible> {
        match &mut self.0 {
            Some(Io::PushPull(p)) => p.set_low(),
            Some(Io::OpenDrain(p)) => p.set_low(),
            _ => {}
        }
        Ok(())
    }
}

impl StatefulOutputPin for HalPin {
    fn is_set_high(&mut self) -> Result<bool, Infallible> {
        Ok(match &self.0 {
            Some(Io::PushPull(p)) => p.is_set_high(),
            Some(Io::OpenDrain(p)) => p.is_set_high(),
            _ => false,
        })
    }
    fn is_set_low(&mut self) -> Result<bool, Infallible> {
        self.is_set_high().map(|h| !h)
    }
}
