//! `machine::Board` for the STM32F4 boards, on `stm32f4xx-hal` (embedded-hal 1.0 traits):
//! [`MachineHw`] holds the board's pin table (`GpioPin<HalPin>`, numbered `16 * port +
//! pin`), one USART as `UART(id)`, the SYSCFG and EXTI for `Pin.irq`, and answers reset,
//! freq, unique_id, idle, disable_irq/enable_irq and `mem*` within the board's ranges.
//!
//! The board keeps what is its own (its `machine_hw.rs`): the clock configuration, the pin
//! table ([`pins!`](crate::pins!)) and names, which USART and pins `UART(id)` is, and its
//! [`Spec`] (`mem*` ranges). It builds a `MachineHw`, puts it in a `static`
//! (`cortex_m::singleton!`) and hands it to `machine::install`, before the console's
//! `usart::init` (splitting GPIOA resets the port).

use cortex_m::peripheral::SCB;
pub use machine::GpioPin;
use machine::{Board, DynPin, DynUart, HwError, PinName, SerialPort};
use stm32f4xx_hal::gpio::PushPull;
use stm32f4xx_hal::pac::{EXTI, SYSCFG};
use stm32f4xx_hal::prelude::*;
use stm32f4xx_hal::rcc::Rcc;
use stm32f4xx_hal::serial::{self, Instance, Serial};
use stm32f4xx_hal::syscfg::{SysCfg, SysCfgExt};

use crate::pins::HalPin;
use crate::platform;

/// Pins by number (`16 * port + pin`: ports A to C).
pub const N_PINS: usize = 48;

/// The board's pins by number; `None` where the board has none or keeps it (the console).
pub type Pins = [Option<GpioPin<HalPin>>; N_PINS];

/// `pins!(a.pa0 = 0, b.pb3 = 19, ...)`: the [`Pins`] table of the GPIO parts named, each
/// pin made an input (PA15, PB3 and PB4 start as JTAG pins) at its number.
#[macro_export]
macro_rules! pins {
    ($($port:ident . $field:ident = $num:literal),* $(,)?) => {{
        let mut pins: $crate::machine_hw::Pins = [const { None }; $crate::machine_hw::N_PINS];
        $(pins[$num] = Some($crate::machine_hw::GpioPin::new($crate::pins::HalPin::input($port.$field.into_input().erase())));)*
        pins
    }};
}

/// What differs between the boards' `machine`, besides the pins and the USART.
pub struct Spec {
    /// The pins Python may name (a pin may have several names; the first found wins).
    pub map: &'static [PinName],
    /// The id of the USART as `machine.UART(id)`.
    pub uart_id: u8,
    /// Addresses `mem*` may read (flash, the unique ID words, SRAM), half-open.
    pub readable: &'static [(usize, usize)],
    /// Peripheral blocks `mem*` may read and write.
    pub peripherals: &'static [(usize, usize)],
}

/// The unique ID and flash size words (the same on every STM32F4), which QEMU does not
/// map: reads there are refused under QEMU (they would fault).
const UID: (usize, usize) = (0x1FFF_7A10, 0x1FFF_7A24);

/// The USART as `UART(id)`: its parts until first opened, then the open port.
enum Uart<U: Instance> {
    Closed(U, U::Tx<PushPull>, U::Rx<PushPull>),
    Open(SerialPort<Serial<U, u8>>),
    /// Only while switching; a failed reconfiguration leaves it here (`OSError(EIO)`).
    Gone,
}

/// The board's `machine` hardware, `U` the USART that is `UART(spec.uart_id)`.
pub struct MachineHw<U: Instance> {
    spec: &'static Spec,
    rcc: Rcc,
    pins: Pins,
    /// `Pin.irq`'s EXTI lines (the pin layer's `set_irq`).
    syscfg: SysCfg,
    exti: EXTI,
    uart: Uart<U>,
}

impl<U: Instance> MachineHw<U> {
    /// The hardware of `spec`'s board: its clocked `rcc`, its `pins`, and `uart` = (the
    /// USART, its TX pin, its RX pin) as `UART(spec.uart_id)`.
    pub fn new(
        spec: &'static Spec,
        mut rcc: Rcc,
        pins: Pins,
        (syscfg, exti): (SYSCFG, EXTI),
        (usart, tx, rx): (U, impl Into<U::Tx<PushPull>>, impl Into<U::Rx<PushPull>>),
    ) -> Self {
        let syscfg = syscfg.constrain(&mut rcc);
        MachineHw { spec, rcc, pins, syscfg, exti, uart: Uart::Closed(usart, tx.into(), rx.into()) }
    }

    fn open_uart(&mut self, baudrate: u32) -> Result<(), HwError> {
        let config = serial::Config::default().baudrate(baudrate.bps());
        let serial = match core::mem::replace(&mut self.uart, Uart::Gone) {
            Uart::Closed(usart, tx, rx) => Serial::new(usart, (tx, rx), config, &mut self.rcc),
            Uart::Open(port) => match port.into_inner().release() {
                (usart, (Some(tx), Some(rx))) => Serial::new(usart, (tx, rx), config, &mut self.rcc),
                _ => return Err(HwError::Io),
            },
            Uart::Gone => return Err(HwError::Io),
        };
        // An invalid configuration (a baud rate the clock cannot divide to) loses the
        // parts; the HAL gives them back only on success.
        self.uart = Uart::Open(SerialPort::new(serial.map_err(|_| HwError::Io)?));
        Ok(())
    }
}

// `Send` holds for the chip's USARTs and their pins (plain register-block handles).
impl<U: Instance> Board for MachineHw<U>
where
    Self: Send,
{
    fn pin_map(&self) -> &'static [PinName] {
        self.spec.map
    }

    fn pin(&mut self, number: u16) -> Option<&mut dyn DynPin> {
        match self.pins.get_mut(usize::from(number)) {
            Some(Some(p)) => Some(p),
            _ => None,
        }
    }

    /// The EXTI line: the pin's number within its port.
    fn irq_line(&self, number: u16) -> Option<u8> {
        self.pins.get(usize::from(number))?.as_ref()?;
        Some((number % 16) as u8)
    }

    fn set_irq(&mut self, number: u16, rising: bool, falling: bool) -> Result<(), HwError> {
        let Some(Some(pin)) = self.pins.get_mut(usize::from(number)) else { return Err(HwError::Unsupported) };
        pin.inner().set_irq(&mut self.syscfg, &mut self.exti, rising, falling)
    }

    fn uart(&mut self, id: u8, baudrate: u32) -> Result<&mut dyn DynUart, HwError> {
        if id != self.spec.uart_id {
            return Err(HwError::Unsupported);
        }
        self.open_uart(baudrate)?;
        self.uart_get(id).ok_or(HwError::Io)
    }

    fn uart_get(&mut self, id: u8) -> Option<&mut dyn DynUart> {
        match &mut self.uart {
            Uart::Open(port) if id == self.spec.uart_id => Some(port),
            _ => None,
        }
    }

    fn reset(&mut self) -> bool {
        SCB::sys_reset()
    }

    fn freq(&self) -> u32 {
        platform::core_clock_hz()
    }

    /// The 96-bit unique device ID (RM0090 39.1, RM0383 24.1), as MicroPython's stm32
    /// port gives it. QEMU does not emulate the system memory holding it (a read faults):
    /// 12 zero bytes there.
    fn unique_id(&self, out: &mut [u8; 16]) -> usize {
        if platform::on_qemu() {
            *out = [0; 16];
            return 12;
        }
        let uid = stm32f4xx_hal::signature::Uid::get();
        out[0..2].copy_from_slice(&uid.x().to_le_bytes());
        out[2..4].copy_from_slice(&uid.y().to_le_bytes());
        out[4] = uid.waf_num();
        let lot = uid.lot_num().as_bytes();
        let n = lot.len().min(7);
        out[5..5 + n].copy_from_slice(&lot[..n]);
        12
    }

    fn idle(&mut self) {
        // SysTick wakes the core at the next millisecond at the latest.
        cortex_m::asm::wfi();
    }

    fn disable_irq(&mut self) -> u32 {
        let was_enabled = cortex_m::register::primask::read().is_active();
        cortex_m::interrupt::disable();
        u32::from(was_enabled)
    }

    fn enable_irq(&mut self, state: u32) {
        if state != 0 {
            // SAFETY: restores the state `disable_irq` saved; `machine` calls this outside
            // any critical section (its board registry releases its own before calling).
            unsafe { cortex_m::interrupt::enable() };
        }
    }

    fn mem_read(&mut self, addr: usize, width: u8) -> Option<u32> {
        if !inside(self.spec.readable, addr, width) && !inside(self.spec.peripherals, addr, width) {
            return None;
        }
        // QEMU maps no system memory (the unique ID): a read there would fault.
        if platform::on_qemu() && inside(&[UID], addr, width) {
            return None;
        }
        // SAFETY: `addr` is aligned (the Python layer checks) and inside a mapped region of
        // the chip (flash, system memory, SRAM, peripherals: the board's `Spec`); a
        // volatile read of them has no effect on Rust-visible memory, except reading some
        // peripheral registers (a UART's data register), which is what the user asked for.
        Some(unsafe {
            match width {
                1 => u32::from(core::ptr::read_volatile(addr as *const u8)),
                2 => u32::from(core::ptr::read_volatile(addr as *const u16)),
                _ => core::ptr::read_volatile(addr as *const u32),
            }
        })
    }

    fn mem_write(&mut self, addr: usize, width: u8, value: u32) -> bool {
        if !inside(self.spec.peripherals, addr, width) {
            return false;
        }
        // SAFETY: aligned, inside a peripheral block, never RAM the runtime or Rust owns;
        // a register write changes hardware state, which is what `mem*` is for.
        unsafe {
            match width {
                1 => core::ptr::write_volatile(addr as *mut u8, value as u8),
                2 => core::ptr::write_volatile(addr as *mut u16, value as u16),
                _ => core::ptr::write_volatile(addr as *mut u32, value),
            }
        }
        true
    }
}

/// Whether the `width` bytes at `addr` lie inside one of `ranges` (half-open).
pub fn inside(ranges: &[(usize, usize)], addr: usize, width: u8) -> bool {
    let end = addr.saturating_add(usize::from(width));
    ranges.iter().any(|&(lo, hi)| addr >= lo && end <= hi)
}
