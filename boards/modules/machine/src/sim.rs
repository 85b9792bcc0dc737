//! A SIMULATED board for hosts without hardware (the host port): `machine` runs its real
//! Pin and UART layers over simulated embedded-hal devices, so Python code and the
//! corpus can exercise them. Nothing here touches hardware.
//!
//! - Pins `"P0"`..`"P7"` (numbers 0..7): a pin driven as an output reads back its latch;
//!   an input reads its pull (`PULL_UP` 1, `PULL_DOWN` and no pull 0); an open-drain pin
//!   reads 0 while driving low, else its pull as an input.
//! - `Pin.irq`: pin `n` is on interrupt line `n % 4` (P0 and P4 share line 0, as pins of
//!   one number on different ports share an EXTI line on the STM32); a pin with an irq
//!   fires when the layer changes its level (an output driven, a mode or pull change).
//! - `UART(1)`: a loopback; what is written is read back (up to 256 bytes held).
//! - `reset()` soft-resets (`SystemExit`), `freq()` and `unique_id()` are what the board
//!   passes to [`SimBoard::new`], `idle()` calls the board's function.

use core::convert::Infallible;

use embedded_hal::digital::{ErrorType, InputPin, OutputPin, StatefulOutputPin};
use embedded_hal_nb::nb;
use embedded_hal_nb::serial;

use crate::board::{Board, HwError, PinName};
use crate::pin::{DynPin, GpioPin, Mode, Pull, Reconfigure};
use crate::uart::{DynUart, SerialPort};

/// Interrupt lines of the simulated pins: pin `n` is on line `n % LINES`.
const LINES: u16 = 4;

/// One simulated pin: the latch and the configuration the layer set, and the edges its
/// interrupt (line `line`) fires on.
#[derive(Clone, Copy)]
pub struct SimPin {
    latch: bool,
    mode: Mode,
    pull: Pull,
    line: u8,
    rising: bool,
    falling: bool,
}

impl SimPin {
    const fn new(line: u8) -> Self {
        SimPin { latch: false, mode: Mode::In, pull: Pull::None, line, rising: false, falling: false }
    }

    /// The level the pin reads.
    fn level(&self) -> bool {
        match self.mode {
            Mode::Out => self.latch,
            Mode::OpenDrain if !self.latch => false,
            _ => self.pull == Pull::Up,
        }
    }

    /// Apply `change`, then fire the pin's interrupt if its level moved on an edge it
    /// watches (what the STM32's EXTI does for a pin's input level).
    fn changing(&mut self, change: impl FnOnce(&mut Self)) {
        let before = self.level();
        change(self);
        let after = self.level();
        if before != after && (if after { self.rising } else { self.falling }) {
            crate::irq::irq_fired_edge(1 << self.line, after);
        }
    }
}

impl ErrorType for SimPin {
    type Error = Infallible;
}

impl InputPin for SimPin {
    fn is_high(&mut self) -> Result<bool, Infallible> {
        Ok(self.level())
    }
    fn is_low(&mut self) -> Result<bool, Infallible> {
        self.is_high().map(|h| !h)
    }
}

impl OutputPin for SimPin {
    fn set_high(&mut self) -> Result<(), Infallible> {
        self.changing(|p| p.latch = true);
        Ok(())
    }
    fn set_low(&mut self) -> Result<(), Infallible> {
        self.changing(|p| p.latch = false);
        Ok(())
    }
}

impl StatefulOutputPin for SimPin {
    fn is_set_high(&mut self) -> Result<bool, Infallible> {
        Ok(self.latch)
    }
    fn is_set_low(&mut self) -> Result<bool, Infallible> {
        Ok(!self.latch)
    }
}

impl Reconfigure for SimPin {
    fn reconfigure(&mut self, mode: Mode, pull: Pull, level: bool) -> Result<(), HwError> {
        self.changing(|p| {
            p.latch = level;
            p.mode = mode;
            p.pull = pull;
        });
        Ok(())
    }
}

/// A loopback serial port: bytes written are read back.
pub struct Loopback {
    buf: [u8; 256],
    head: u8,
    len: u16,
}

impl serial::ErrorType for Loopback {
    type Error = serial::ErrorKind;
}

impl serial::Read<u8> for Loopback {
    fn read(&mut self) -> nb::Result<u8, serial::ErrorKind> {
        if self.len == 0 {
            return Err(nb::Error::WouldBlock);
        }
        let b = self.buf[usize::from(self.head)];
        self.head = self.head.wrapping_add(1);
        self.len -= 1;
        Ok(b)
    }
}

impl serial::Write<u8> for Loopback {
    fn write(&mut self, b: u8) -> nb::Result<(), serial::ErrorKind> {
        if self.len == 256 {
            // Full: the "wire" drops the byte, as a real receiver would overrun.
            return Ok(());
        }
        self.buf[usize::from(self.head.wrapping_add(self.len as u8))] = b;
        self.len += 1;
        Ok(())
    }
    fn flush(&mut self) -> nb::Result<(), serial::ErrorKind> {
        Ok(())
    }
}

const MAP: &[PinName] = &[
    PinName { name: "P0", number: 0 },
    PinName { name: "P1", number: 1 },
    PinName { name: "P2", number: 2 },
    PinName { name: "P3", number: 3 },
    PinName { name: "P4", number: 4 },
    PinName { name: "P5", number: 5 },
    PinName { name: "P6", number: 6 },
    PinName { name: "P7", number: 7 },
];

/// The simulated board.
pub struct SimBoard {
    pins: [GpioPin<SimPin>; 8],
    uart: Option<SerialPort<Loopback>>,
    info: Info,
    idle: fn(),
}

/// `freq()` and `unique_id()`: given, or read on first use (the host reads /proc/cpuinfo and
/// /etc/machine-id only when a script asks, not at every start-up).
enum Info {
    Fixed(BoardInfo),
    Lazy(fn() -> BoardInfo, core::cell::Cell<Option<BoardInfo>>),
}

/// A board's clock and unique ID (at most 16 bytes: `id[..id_len]`).
#[derive(Clone, Copy)]
pub struct BoardInfo {
    pub freq: u32,
    pub id: [u8; 16],
    pub id_len: usize,
}

impl BoardInfo {
    /// The clock `freq` and the first 16 bytes of `id`.
    pub fn new(freq: u32, id: &[u8]) -> Self {
        let mut buf = [0; 16];
        let n = id.len().min(16);
        buf[..n].copy_from_slice(&id[..n]);
        BoardInfo { freq, id: buf, id_len: n }
    }
}

impl Info {
    fn get(&self) -> BoardInfo {
        match self {
            Info::Fixed(i) => *i,
            Info::Lazy(read, cached) => cached.get().unwrap_or_else(|| {
                let i = read();
                cached.set(Some(i));
                i
            }),
        }
    }
}

impl SimBoard {
    /// A board whose `freq()` is `freq`, `unique_id()` is `id` (at most 16 bytes kept) and
    /// `idle()` calls `idle`.
    pub fn new(freq: u32, id: &[u8], idle: fn()) -> Self {
        Self::with_info(Info::Fixed(BoardInfo::new(freq, id)), idle)
    }

    /// A board whose `freq()` and `unique_id()` come from `read`, called once, on first use.
    pub fn new_lazy(read: fn() -> BoardInfo, idle: fn()) -> Self {
        Self::with_info(Info::Lazy(read, core::cell::Cell::new(None)), idle)
    }

    fn with_info(info: Info, idle: fn()) -> Self {
        SimBoard {
            pins: core::array::from_fn(|i| GpioPin::new(SimPin::new((i as u16 % LINES) as u8))),
            uart: None,
            info,
            idle,
        }
    }
}

impl Board for SimBoard {
    fn pin_map(&self) -> &'static [PinName] {
        MAP
    }

    fn pin(&mut self, number: u16) -> Option<&mut dyn DynPin> {
        self.pins.get_mut(usize::from(number)).map(|p| p as &mut dyn DynPin)
    }

    fn irq_line(&self, number: u16) -> Option<u8> {
        (usize::from(number) < self.pins.len()).then_some((number % LINES) as u8)
    }

    fn set_irq(&mut self, number: u16, rising: bool, falling: bool) -> Result<(), HwError> {
        let pin = self.pins.get_mut(usize::from(number)).ok_or(HwError::Unsupported)?.inner();
        pin.rising = rising;
        pin.falling = falling;
        Ok(())
    }

    fn uart(&mut self, id: u8, _baudrate: u32) -> Result<&mut dyn DynUart, HwError> {
        if id != 1 {
            return Err(HwError::Unsupported);
        }
        let port = self.uart.get_or_insert_with(|| SerialPort::new(Loopback { buf: [0; 256], head: 0, len: 0 }));
        Ok(port)
    }

    fn uart_get(&mut self, id: u8) -> Option<&mut dyn DynUart> {
        match (id, &mut self.uart) {
            (1, Some(u)) => Some(u),
            _ => None,
        }
    }

    fn uart_deinit(&mut self, id: u8) {
        if id == 1 {
            self.uart = None;
        }
    }

    fn freq(&self) -> u32 {
        self.info.get().freq
    }

    fn unique_id(&self, out: &mut [u8; 16]) -> usize {
        let i = self.info.get();
        *out = i.id;
        i.id_len
    }

    fn idle(&mut self) {
        (self.idle)();
    }
}
