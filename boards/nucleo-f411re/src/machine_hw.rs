//! This board's side of the `machine` module (the rest is `stm32f4_common::machine_hw`,
//! shared with boards/netduinoplus2): the clocks, the pin table and names, `UART(1)` =
//! USART1 on PA9 TX / PA10 RX (Arduino D8/D2), and the STM32F411's `mem*` ranges.
//!
//! Clocks: the HAL's `Config::hsi()` (16 MHz HSI, no PLL), as netduinoplus2, so the
//! console's baud-rate divisor and SysTick's reload (stm32f4-common) are the same. The
//! chip can run at 100 MHz from the PLL: choose another `Config` and re-derive both from
//! the HAL's `Clocks`.
//!
//! Pins: the NUCLEO-64 names first (`Pin("D13")`, `A0`..`A5`, `LED` = PA5, `SW` = PC13,
//! the user button), then the CPU names `A0`..`C15`; a name is looked up in that order, so
//! `A2` is the Arduino A2 (PA4), as on MicroPython's NUCLEO_F411RE board. Left out: the
//! console's PA2/PA3 (D1/D0), `UART(1)`'s PA9/PA10 (D8/D2) and the debug port's
//! PA13/PA14. A pin's number is `16 * port + pin`.

use machine::PinName;
use stm32f4_common::machine_hw::{MachineHw, Spec};
use stm32f4_common::{fatal, pins};
use stm32f4xx_hal::pac::{self, USART1};
use stm32f4xx_hal::prelude::*;
use stm32f4xx_hal::rcc::Config;

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

static SPEC: Spec = Spec {
    map: MAP,
    uart_id: 1,
    // Flash (512 KiB), the unique ID and flash size words, SRAM (128 KiB).
    readable: &[(0x0800_0000, 0x0808_0000), (0x1FFF_7A10, 0x1FFF_7A24), (0x2000_0000, 0x2002_0000)],
    // RM0383's memory map: TIM2-5, USART2, USART1 and USART6, SYSCFG and EXTI, GPIOA-E
    // and GPIOH, RCC, and the Cortex-M system control space (SysTick, NVIC, SCB).
    peripherals: &[
        (0x4000_0000, 0x4000_1000),
        (0x4000_4400, 0x4000_4800),
        (0x4001_1000, 0x4001_1800),
        (0x4001_3800, 0x4001_4000),
        (0x4002_0000, 0x4002_1400),
        (0x4002_1C00, 0x4002_2000),
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
    let (tx, rx) = (a.pa9, a.pa10);
    #[rustfmt::skip]
    let pins = pins!(
        a.pa0 = 0, a.pa1 = 1, a.pa4 = 4, a.pa5 = 5, a.pa6 = 6, a.pa7 = 7, a.pa8 = 8, a.pa11 = 11, a.pa12 = 12,
        a.pa15 = 15,
        b.pb0 = 16, b.pb1 = 17, b.pb2 = 18, b.pb3 = 19, b.pb4 = 20, b.pb5 = 21, b.pb6 = 22, b.pb7 = 23, b.pb8 = 24,
        b.pb9 = 25, b.pb10 = 26, b.pb12 = 28, b.pb13 = 29, b.pb14 = 30, b.pb15 = 31,
        c.pc0 = 32, c.pc1 = 33, c.pc2 = 34, c.pc3 = 35, c.pc4 = 36, c.pc5 = 37, c.pc6 = 38, c.pc7 = 39, c.pc8 = 40,
        c.pc9 = 41, c.pc10 = 42, c.pc11 = 43, c.pc12 = 44, c.pc13 = 45, c.pc14 = 46, c.pc15 = 47,
    );
    let hw = MachineHw::new(&SPEC, rcc, pins, (dp.SYSCFG, dp.EXTI), (dp.USART1, tx, rx));
    let Some(hw) = cortex_m::singleton!(: MachineHw<USART1> = hw) else { fatal(b"machine set up twice") };
    machine::install(hw);
}
