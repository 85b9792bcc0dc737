//! This board's side of the `machine` module (the rest is `stm32f4_common::machine_hw`):
//! the clocks, the pin table and map, `UART(2)` = USART2 on PA2 TX / PA3 RX, and the
//! STM32F405's `mem*` ranges.
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
//! number is `16 * port + pin`.

use machine::PinName;
use stm32f4_common::machine_hw::{MachineHw, Spec};
use stm32f4_common::{fatal, pins};
use stm32f4xx_hal::pac::{self, USART2};
use stm32f4xx_hal::prelude::*;
use stm32f4xx_hal::rcc::Config;

/// `PinName { name, number }`, shorter.
const fn p(name: &'static str, number: u16) -> PinName {
    PinName { name, number }
}

#[rustfmt::skip]
const MAP: &[PinName] = &[
    p("A0", 0), p("A1", 1), p("A4", 4), p("A5", 5), p("A6", 6), p("A7", 7), p("A8", 8), p("A11", 11),
    p("A12", 12), p("A15", 15),
    p("B0", 16), p("B1", 17), p("B2", 18), p("B3", 19), p("B4", 20), p("B5", 21), p("B6", 22), p("B7", 23),
    p("B8", 24), p("B9", 25), p("B10", 26), p("B11", 27), p("B12", 28), p("B13", 29), p("B14", 30),
    p("B15", 31),
    p("C0", 32), p("C1", 33), p("C2", 34), p("C3", 35), p("C4", 36), p("C5", 37), p("C6", 38), p("C7", 39),
    p("C8", 40), p("C9", 41), p("C10", 42), p("C11", 43), p("C12", 44), p("C13", 45), p("C14", 46),
    p("C15", 47),
];

static SPEC: Spec = Spec {
    map: MAP,
    uart_id: 2,
    // Flash (1 MiB), the unique ID and flash size words, SRAM1/2.
    readable: &[(0x0800_0000, 0x0810_0000), (0x1FFF_7A10, 0x1FFF_7A24), (0x2000_0000, 0x2002_0000)],
    // TIM2-5, USART2, USART1, SYSCFG, EXTI, GPIOA-I, RCC, and the Cortex-M system control
    // space (SysTick, NVIC, SCB).
    peripherals: &[
        (0x4000_0000, 0x4000_1000),
        (0x4000_4400, 0x4000_4800),
        (0x4001_1000, 0x4001_1400),
        (0x4001_3800, 0x4001_4000),
        (0x4002_0000, 0x4002_2400),
        (0x4002_3800, 0x4002_3C00),
        (0xE000_E000, 0xE000_F000),
    ],
};

/// Set up the `machine` hardware and hand it to the `machine` module. Before the
/// console's `usart::init` (splitting GPIOA resets it).
pub fn install() {
    let Some(dp) = pac::Peripherals::take() else { fatal(b"peripherals taken twice") };
    let mut rcc = dp.RCC.freeze(Config::hsi());
    let a = dp.GPIOA.split(&mut rcc);
    let b = dp.GPIOB.split(&mut rcc);
    let c = dp.GPIOC.split(&mut rcc);
    let (tx, rx) = (a.pa2, a.pa3);
    #[rustfmt::skip]
    let pins = pins!(
        a.pa0 = 0, a.pa1 = 1, a.pa4 = 4, a.pa5 = 5, a.pa6 = 6, a.pa7 = 7, a.pa8 = 8, a.pa11 = 11, a.pa12 = 12,
        a.pa15 = 15,
        b.pb0 = 16, b.pb1 = 17, b.pb2 = 18, b.pb3 = 19, b.pb4 = 20, b.pb5 = 21, b.pb6 = 22, b.pb7 = 23, b.pb8 = 24,
        b.pb9 = 25, b.pb10 = 26, b.pb11 = 27, b.pb12 = 28, b.pb13 = 29, b.pb14 = 30, b.pb15 = 31,
        c.pc0 = 32, c.pc1 = 33, c.pc2 = 34, c.pc3 = 35, c.pc4 = 36, c.pc5 = 37, c.pc6 = 38, c.pc7 = 39, c.pc8 = 40,
        c.pc9 = 41, c.pc10 = 42, c.pc11 = 43, c.pc12 = 44, c.pc13 = 45, c.pc14 = 46, c.pc15 = 47,
    );
    let hw = MachineHw::new(&SPEC, rcc, pins, (dp.SYSCFG, dp.EXTI), (dp.USART2, tx, rx));
    let Some(hw) = cortex_m::singleton!(: MachineHw<USART2> = hw) else { fatal(b"machine set up twice") };
    machine::install(hw);
}
