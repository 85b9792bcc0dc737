//! The board's side of the `machine` module, on `stm32f4xx-hal` (embedded-hal 1.0 traits):
//! the pin map, `UART(2)` (USART2 on PA2 TX / PA3 RX), reset, clocks, unique ID, idle,
//! interrupts and the addresses `mem8/16/32` may touch.
//!
//! Clocks: the HAL's `Config::hsi()`, i.e. SYSCLK = HCLK = PCLK1 = PCLK2 = the 16 MHz HSI,
//! no PLL. Both the chip and QEMU run it: `freeze` with a PLL or the HSE waits for
//! PLLRDY/HSERDY, which QEMU's netduinoplus2 (no RCC model: its registers read 0) never
//! sets, so the firmware would hang at start-up under QEMU. `machine.freq()` is the clock
//! SysTick counts (`platform::core_clock_hz`): 16 MHz on the chip, QEMU's fixed 168 MHz
//! under QEMU.
//!
//! Pins: the CPU names `A0`..`C15` (MicroPython's `Pin.cpu` names) of ports A to C, less
//! the console's PA9/PA10, `UART(2)`'s PA2/PA3 and the debug port's PA13/PA14. Their
//! number is `16 * port + pin`. The pin layer (`HalPin`: mode changes through the HAL's
//! erased pins, pull and starting level through its PAC) is `boards/stm32f4-pins`, shared
//! with the other STM32F4 boards.
//!
//! Another STM32F4 board (boards/nucleo-f411re) has its own copy of this file with its
//! pin table, UART pins and `mem*` ranges; see docs/ARCHITECTURE.md ("machine").

use cortex_m::peripheral::SCB;
use machine::{Board, DynPin, DynUart, GpioPin, HwError, PinName, SerialPort};
use stm32f4_pins::{inside, HalPin};
use stm32f4xx_hal::gpio;
use stm32f4xx_hal::pac::{self, EXTI, USART2};
use stm32f4xx_hal::prelude::*;
use stm32f4xx_hal::rcc::{Config, Rcc};
use stm32f4xx_hal::serial::{self, Serial};
use stm32f4xx_hal::syscfg::{SysCfg, SysCfgExt};

use crate::platform;

/// Pins by number (`16 * port + pin`), and the pin map naming them.
const N_PINS: usize = 48;

macro_rules! pin_table {
    (fn $take:ident($a:ident, $b:ident, $c:ident); $($port:ident . $field:ident = $name:literal $num:literal),* $(,)?) => {
        const MAP: &[PinName] = &[$(PinName { name: $name, number: $num }),*];

        /// The pins of the map, made inputs (PA15, PB3 and PB4 start as JTAG pins), and
        /// USART2's pins.
        fn $take($a: gpio::gpioa::Parts, $b: gpio::gpiob::Parts, $c: gpio::gpioc::Parts) -> ([Option<GpioPin<HalPin>>; N_PINS], gpio::PA2, gpio::PA3) {
            let mut pins = [const { None }; N_PINS];
            $(pins[$num] = Some(GpioPin::new(HalPin::input($port.$field.into_input().erase())));)*
            (pins, $a.pa2, $a.pa3)
        }
    };
}

pin_table! {
    fn take_pins(a, b, c);
    a.pa0 = "A0" 0, a.pa1 = "A1" 1, a.pa4 = "A4" 4, a.pa5 = "A5" 5, a.pa6 = "A6" 6, a.pa7 = "A7" 7,
    a.pa8 = "A8" 8, a.pa11 = "A11" 11, a.pa12 = "A12" 12, a.pa15 = "A15" 15,
    b.pb0 = "B0" 16, b.pb1 = "B1" 17, b.pb2 = "B2" 18, b.pb3 = "B3" 19, b.pb4 = "B4" 20, b.pb5 = "B5" 21,
    b.pb6 = "B6" 22, b.pb7 = "B7" 23, b.pb8 = "B8" 24, b.pb9 = "B9" 25, b.pb10 = "B10" 26, b.pb11 = "B11" 27,
    b.pb12 = "B12" 28, b.pb13 = "B13" 29, b.pb14 = "B14" 30, b.pb15 = "B15" 31,
    c.pc0 = "C0" 32, c.pc1 = "C1" 33, c.pc2 = "C2" 34, c.pc3 = "C3" 35, c.pc4 = "C4" 36, c.pc5 = "C5" 37,
    c.pc6 = "C6" 38, c.pc7 = "C7" 39, c.pc8 = "C8" 40, c.pc9 = "C9" 41, c.pc10 = "C10" 42, c.pc11 = "C11" 43,
    c.pc12 = "C12" 44, c.pc13 = "C13" 45, c.pc14 = "C14" 46, c.pc15 = "C15" 47,
}

type Usart2 = Serial<USART2, u8>;

/// USART2 as `UART(2)`: its parts until first opened, then the open port.
enum Uart2 {
    Closed(USART2, gpio::PA2, gpio::PA3),
    Open(SerialPort<Usart2>),
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
    uart2: Uart2,
}

/// Addresses `mem*` may read: flash, the unique ID and flash size words, SRAM1/2, and
/// the peripheral blocks listed in [`PERIPHERALS`].
const READABLE: &[(usize, usize)] =
    &[(0x0800_0000, 0x0810_0000), (0x1FFF_7A10, 0x1FFF_7A24), (0x2000_0000, 0x2002_0000)];

/// Peripheral blocks `mem*` may read and write: TIM2-5, USART2, USART1, SYSCFG, EXTI,
/// GPIOA-I, RCC, and the Cortex-M system control space (SysTick, NVIC, SCB).
const PERIPHERALS: &[(usize, usize)] = &[
    (0x4000_0000, 0x4000_1000),
    (0x4000_4400, 0x4000_4800),
    (0x4001_1000, 0x4001_1400),
    (0x4001_3800, 0x4001_4000),
    (0x4002_0000, 0x4002_2400),
    (0x4002_3800, 0x4002_3C00),
    (0xE000_E000, 0xE000_F000),
];

impl MachineHw {
    /// Clocks (see the header), GPIO ports A-C split into the pin map, USART2's parts.
    /// Splitting a port resets it, so the caller sets up the console's pins after this.
    pub fn new(dp: pac::Peripherals) -> Self {
        let mut rcc = dp.RCC.freeze(Config::hsi());
        let a = dp.GPIOA.split(&mut rcc);
        let b = dp.GPIOB.split(&mut rcc);
        let c = dp.GPIOC.split(&mut rcc);
        let (pins, pa2, pa3) = take_pins(a, b, c);
        let syscfg = dp.SYSCFG.constrain(&mut rcc);
        MachineHw { rcc, pins, syscfg, exti: dp.EXTI, uart2: Uart2::Closed(dp.USART2, pa2, pa3) }
    }

    fn open_uart2(&mut self, baudrate: u32) -> Result<(), HwError> {
        let config = serial::Config::default().baudrate(baudrate.bps());
        let serial = match core::mem::replace(&mut self.uart2, Uart2::Gone) {
            Uart2::Closed(usart, tx, rx) => Serial::new(usart, (tx, rx), config, &mut self.rcc),
            Uart2::Open(port) => match port.into_inner().release() {
                (usart, (Some(tx), Some(rx))) => Serial::new(usart, (tx, rx), config, &mut self.rcc),
                _ => return Err(HwError::Io),
            },
            Uart2::Gone => return Err(HwError::Io),
        };
        // An invalid configuration (a baud rate the clock cannot divide to) loses the
        // parts; the HAL gives them back only on success.
        self.uart2 = Uart2::Open(SerialPort::new(serial.map_err(|_| HwError::Io)?));
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
        if id != 2 {
            return Err(HwError::Unsupported);
        }
        self.open_uart2(baudrate)?;
        self.uart_get(id).ok_or(HwError::Io)
    }

    fn uart_get(&mut self, id: u8) -> Option<&mut dyn DynUart> {
        match (id, &mut self.uart2) {
            (2, Uart2::Open(port)) => Some(port),
            _ => None,
        }
    }

    fn reset(&mut self) -> bool {
        SCB::sys_reset()
    }

    fn freq(&self) -> u32 {
        platform::core_clock_hz()
    }

    /// The 96-bit unique device ID (RM0090 39.1), as MicroPython's stm32 port gives it.
    /// QEMU does not emulate the system memory holding it (a read faults): 12 zero bytes.
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
        if !inside(READABLE, addr, width) && !inside(PERIPHERALS, addr, width) {
            return None;
        }
        // QEMU maps no system memory (the unique ID): a read there would fault.
        if platform::on_qemu() && inside(&READABLE[1..2], addr, width) {
            return None;
        }
        // SAFETY: `addr` is aligned (the Python layer checks) and inside a mapped region of
        // the STM32F405 (flash, system memory, SRAM, peripherals); a volatile read of them
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
