//! The board's side of the `machine` module, on `stm32f4xx-hal` (feature `stm32f411`):
//! boards/netduinoplus2/src/machine_hw.rs with this board's pin table, `UART(1)` on
//! USART1 (PA9 TX / PA10 RX, Arduino D8/D2), and the STM32F411's `mem*` ranges. The pin
//! layer (`HalPin`) is `boards/stm32f4-pins`, shared; the UART wrapper and the rest of
//! `Board` are the same code as netduinoplus2's (`diff` the two files).
//!
//! Clocks: the HAL's `Config::hsi()` (16 MHz HSI, no PLL), as netduinoplus2, so the
//! console's baud-rate divisor (usart.rs) and SysTick (platform.rs) are the same. The
//! chip can run at 100 MHz from the PLL: choose another `Config` and re-derive both from
//! the HAL's `Clocks`.
//!
//! Pins: the NUCLEO-64 names first (`Pin("D13")`, `A0`..`A5`, `LED` = PA5, `SW` = PC13,
//! the user button), then the CPU names `A0`..`C15`; a name is looked up in that order, so
//! `A2` is the Arduino A2 (PA4), as on MicroPython's NUCLEO_F411RE board. Left out: the
//! console's PA2/PA3 (D1/D0), `UART(1)`'s PA9/PA10 (D8/D2) and the debug port's
//! PA13/PA14. A pin's number is `16 * port + pin`.

use cortex_m::peripheral::SCB;
use machine::{Board, DynPin, DynUart, GpioPin, HwError, PinName, SerialPort};
use stm32f4_pins::{inside, HalPin};
use stm32f4xx_hal::gpio;
use stm32f4xx_hal::pac::{self, EXTI, USART1};
use stm32f4xx_hal::prelude::*;
use stm32f4xx_hal::rcc::{Config, Rcc};
use stm32f4xx_hal::serial::{self, Serial};
use stm32f4xx_hal::syscfg::{SysCfg, SysCfgExt};

use crate::platform;

/// Pins by number (`16 * port + pin`), and the pin map naming them.
const N_PINS: usize = 48;

macro_rules! pin_table {
    (fn $take:ident($a:ident, $b:ident, $c:ident); $($port:ident . $field:ident = $num:literal),* $(,)?) => {
        /// The pins of the map, made inputs (PA15, PB3 and PB4 start as JTAG pins), and
        /// USART1's pins.
        fn $take($a: gpio::gpioa::Parts, $b: gpio::gpiob::Parts, $c: gpio::gpioc::Parts) -> ([Option<GpioPin<HalPin>>; N_PINS], gpio::PA9, gpio::PA10) {
            let mut pins = [const { None }; N_PINS];
            $(pins[$num] = Some(GpioPin::new(HalPin::input($port.$field.into_input().erase())));)*
            (pins, $a.pa9, $a.pa10)
        }
    };
}

pin_table! {
    fn take_pins(a, b, c);
    a.pa0 = 0, a.pa1 = 1, a.pa4 = 4, a.pa5 = 5, a.pa6 = 6, a.pa7 = 7, a.pa8 = 8, a.pa11 = 11, a.pa12 = 12,
    a.pa15 = 15,
    b.pb0 = 16, b.pb1 = 17, b.pb2 = 18, b.pb3 = 19, b.pb4 = 20, b.pb5 = 21, b.pb6 = 22, b.pb7 = 23, b.pb8 = 24,
    b.pb9 = 25, b.pb10 = 26, b.pb12 = 28, b.pb13 = 29, b.pb14 = 30, b.pb15 = 31,
    c.pc0 = 32, c.pc1 = 33, c.pc2 = 34, c.pc3 = 35, c.pc4 = 36, c.pc5 = 37, c.pc6 = 38, c.pc7 = 39, c.pc8 = 40,
    c.pc9 = 41, c.pc10 = 42, c.pc11 = 43, c.pc12 = 44, c.pc13 = 45, c.pc14 = 46, c.pc15 = 47,
}

/// `PinName { name, number }`, shorter.
const fn p(name: &'static str, number: u16) -> PinName {
    PinName { name, number }
}

/// The NUCLEO-64 names (UM1724, the Arduino connectors; D0/D1, D2/D8 are the console's
/// and `UART(1)`'s), then the CPU names (`A0`..`A5` are the Arduino names, which come
/// first: PA0 and PA1 are the same pins; PA4 and PA5 are also `A2` and `D13`). The
/// STM32F411RE has no PB11 on its LQFP64 package.
const MAP: &[PinName] = &[
    p("D3", 19),
    p("D4", 21),
    p("D5", 20),
    p("D6", 26),
    p("D7", 8),
    p("D9", 39),
    p("D10", 22),
    p("D11", 7),
    p("D12", 6),
    p("D13", 5),
    p("D14", 25),
    p("D15", 24),
    p("A0", 0),
    p("A1", 1),
    p("A2", 4),
    p("A3", 16),
    p("A4", 33),
    p("A5", 32),
    p("LED", 5),
    p("SW", 45),
    p("A6", 6),
    p("A7", 7),
    p("A8", 8),
    p("A11", 11),
    p("A12", 12),
    p("A15", 15),
    p("B0", 16),
    p("B1", 17),
    p("B2", 18),
    p("B3", 19),
    p("B4", 20),
    p("B5", 21),
    p("B6", 22),
    p("B7", 23),
    p("B8", 24),
    p("B9", 25),
    p("B10", 26),
    p("B12", 28),
    p("B13", 29),
    p("B14", 30),
    p("B15", 31),
    p("C0", 32),
    p("C1", 33),
    p("C2", 34),
    p("C3", 35),
    p("C4", 36),
    p("C5", 37),
    p("C6", 38),
    p("C7", 39),
    p("C8", 40),
    p("C9", 41),
    p("C10", 42),
    p("C11", 43),
    p("C12", 44),
    p("C13", 45),
    p("C14", 46),
    p("C15", 47),
];

type Usart1 = Serial<USART1, u8>;

/// USART1 as `UART(1)`: its parts until first opened, then the open port.
enum Uart1 {
    Closed(USART1, gpio::PA9, gpio::PA10),
    Open(SerialPort<Usart1>),
    /// Only while switching; a failed reconfiguration leaves it here (`OSError(EIO)`).
    Gone,
}

/// The board's `machine` hardware.
pub struct MachineHw {
    rcc: Rcc,
    pins: [Option<GpioPin<HalPin>>; N_PINS],
    /// `Pin.irq`'s EXTI lines (the pin layer's `set_irq`).
    syscfg: SysCfg,
    exti: EXTI,
    uart1: Uart1,
}

/// Addresses `mem*` may read: flash (512 KiB), the unique ID and flash size words, SRAM
/// (128 KiB), and the peripheral blocks listed in [`PERIPHERALS`].
const READABLE: &[(usize, usize)] =
    &[(0x0800_0000, 0x0808_0000), (0x1FFF_7A10, 0x1FFF_7A24), (0x2000_0000, 0x2002_0000)];

/// Peripheral blocks `mem*` may read and write (RM0383's memory map): TIM2-5, USART2,
/// USART1 and USART6, SYSCFG and EXTI, GPIOA-E and GPIOH, RCC, and the Cortex-M system
/// control space (SysTick, NVIC, SCB).
const PERIPHERALS: &[(usize, usize)] = &[
    (0x4000_0000, 0x4000_1000),
    (0x4000_4400, 0x4000_4800),
    (0x4001_1000, 0x4001_1800),
    (0x4001_3800, 0x4001_4000),
    (0x4002_0000, 0x4002_1400),
    (0x4002_1C00, 0x4002_2000),
    (0x4002_3800, 0x4002_3C00),
    (0xE000_E000, 0xE000_F000),
];

impl MachineHw {
    /// Clocks (see the header), GPIO ports A-C split into the pin map, USART1's parts.
    /// Splitting a port resets it, so the caller sets up the console's pins after this.
    pub fn new(dp: pac::Peripherals) -> Self {
        let mut rcc = dp.RCC.freeze(Config::hsi());
        let a = dp.GPIOA.split(&mut rcc);
        let b = dp.GPIOB.split(&mut rcc);
        let c = dp.GPIOC.split(&mut rcc);
        let (pins, pa9, pa10) = take_pins(a, b, c);
        let syscfg = dp.SYSCFG.constrain(&mut rcc);
        MachineHw { rcc, pins, syscfg, exti: dp.EXTI, uart1: Uart1::Closed(dp.USART1, pa9, pa10) }
    }

    fn open_uart1(&mut self, baudrate: u32) -> Result<(), HwError> {
        let config = serial::Config::default().baudrate(baudrate.bps());
        let serial = match core::mem::replace(&mut self.uart1, Uart1::Gone) {
            Uart1::Closed(usart, tx, rx) => Serial::new(usart, (tx, rx), config, &mut self.rcc),
            Uart1::Open(port) => match port.into_inner().release() {
                (usart, (Some(tx), Some(rx))) => Serial::new(usart, (tx, rx), config, &mut self.rcc),
                _ => return Err(HwError::Io),
            },
            Uart1::Gone => return Err(HwError::Io),
        };
        // An invalid configuration (a baud rate the clock cannot divide to) loses the
        // parts; the HAL gives them back only on success.
        self.uart1 = Uart1::Open(SerialPort::new(serial.map_err(|_| HwError::Io)?));
        Ok(())
    }
}

impl Board for MachineHw {
    fn pin_map(&self) -> &'static [PinName] {
        MAP
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
        if id != 1 {
            return Err(HwError::Unsupported);
        }
        self.open_uart1(baudrate)?;
        self.uart_get(id).ok_or(HwError::Io)
    }

    fn uart_get(&mut self, id: u8) -> Option<&mut dyn DynUart> {
        match (id, &mut self.uart1) {
            (1, Uart1::Open(port)) => Some(port),
            _ => None,
        }
    }

    fn reset(&mut self) -> bool {
        SCB::sys_reset()
    }

    fn freq(&self) -> u32 {
        platform::core_clock_hz()
    }

    /// The 96-bit unique device ID (RM0383 24.1), as MicroPython's stm32 port gives it.
    fn unique_id(&self, out: &mut [u8; 16]) -> usize {
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
        if !inside(READABLE, addr, width) && !inside(PERIPHERALS, addr, width) {
            return None;
        }
        // SAFETY: `addr` is aligned (the Python layer checks) and inside a mapped region of
        // the STM32F411 (flash, system memory, SRAM, peripherals); a volatile read of them
        // has no effect on Rust-visible memory, except reading some peripheral registers
        // (a UART's data register), which is what the user asked for.
        Some(unsafe {
            match width {
                1 => u32::from(core::ptr::read_volatile(addr as *const u8)),
                2 => u32::from(core::ptr::read_volatile(addr as *const u16)),
                _ => core::ptr::read_volatile(addr as *const u32),
            }
        })
    }

    fn mem_write(&mut self, addr: usize, width: u8, value: u32) -> bool {
        if !inside(PERIPHERALS, addr, width) {
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

/// Set up the `machine` hardware and hand it to the `machine` module. Before the
/// console's `usart::init` (splitting GPIOA resets it).
pub fn install() {
    let Some(dp) = pac::Peripherals::take() else { platform::fatal(b"peripherals taken twice") };
    let Some(hw) = cortex_m::singleton!(: MachineHw = MachineHw::new(dp)) else {
        platform::fatal(b"machine set up twice")
    };
    machine::install(hw);
}
