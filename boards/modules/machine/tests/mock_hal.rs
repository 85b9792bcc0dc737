//! The Pin and UART layers against embedded-hal-mock: every hardware call they make is an
//! expected transaction, in order, and `done()` checks none is missing.

use embedded_hal::digital::{ErrorType, InputPin, OutputPin, StatefulOutputPin};
use embedded_hal_mock::eh1::digital::{Mock as PinMock, State, Transaction as T};
use embedded_hal_mock::eh1::serial::{Mock as SerialMock, Transaction as S};
use embedded_hal_mock::eh1::MockError;
use embedded_hal_nb::nb;
use embedded_hal_nb::serial::ErrorKind;
use machine::board::{lookup, name_of};
use machine::{Board, DynPin, DynUart, GpioPin, HwError, Mode, PinName, Pull, Reconfigure, SerialPort};

/// The mock pin plus a record of the modes the layer asked for (embedded-hal has no mode
/// trait, so the mock crate has no mock of it).
struct Pin {
    io: PinMock,
    modes: Vec<(Mode, Pull, bool)>,
}

impl Pin {
    fn new(expect: &[T]) -> Self {
        Pin { io: PinMock::new(expect), modes: Vec::new() }
    }
}

impl ErrorType for Pin {
    type Error = MockError;
}
impl InputPin for Pin {
    fn is_high(&mut self) -> Result<bool, MockError> {
        self.io.is_high()
    }
    fn is_low(&mut self) -> Result<bool, MockError> {
        self.io.is_low()
    }
}
impl OutputPin for Pin {
    fn set_high(&mut self) -> Result<(), MockError> {
        self.io.set_high()
    }
    fn set_low(&mut self) -> Result<(), MockError> {
        self.io.set_low()
    }
}
impl StatefulOutputPin for Pin {
    fn is_set_high(&mut self) -> Result<bool, MockError> {
        self.io.is_set_high()
    }
    fn is_set_low(&mut self) -> Result<bool, MockError> {
        self.io.is_set_low()
    }
    fn toggle(&mut self) -> Result<(), MockError> {
        self.io.toggle()
    }
}
impl Reconfigure for Pin {
    fn reconfigure(&mut self, mode: Mode, pull: Pull, level: bool) -> Result<(), HwError> {
        if mode == Mode::OpenDrain && pull == Pull::Down {
            return Err(HwError::Unsupported);
        }
        self.modes.push((mode, pull, level));
        Ok(())
    }
}

fn finish(mut p: GpioPin<Pin>) -> Vec<(Mode, Pull, bool)> {
    p.inner().io.done();
    core::mem::take(&mut p.inner().modes)
}

#[test]
fn input_reads_the_level() {
    let mut p = GpioPin::new(Pin::new(&[T::get(State::High), T::get(State::Low)]));
    p.init(Some(Mode::In), Some(Pull::Up), None).unwrap();
    assert_eq!(p.value(), Ok(true));
    assert_eq!(p.value(), Ok(false));
    assert_eq!(p.config(), (Mode::In, Pull::Up));
    assert_eq!(finish(p), vec![(Mode::In, Pull::Up, false)]);
}

#[test]
fn output_starts_at_value_and_reads_the_latch() {
    let mut p = GpioPin::new(Pin::new(&[
        T::get_state(State::High),
        T::set(State::Low),
        T::get_state(State::Low),
        T::toggle(),
        T::set(State::High),
    ]));
    p.init(Some(Mode::Out), None, Some(true)).unwrap();
    assert_eq!(p.value(), Ok(true));
    p.set_value(false).unwrap();
    assert_eq!(p.value(), Ok(false));
    p.toggle().unwrap();
    p.set_value(true).unwrap();
    assert_eq!(finish(p), vec![(Mode::Out, Pull::None, true)]);
}

#[test]
fn value_set_in_input_mode_is_driven_on_becoming_an_output() {
    // No hardware write while an input: the level is applied by the mode change.
    let mut p = GpioPin::new(Pin::new(&[]));
    p.init(Some(Mode::In), None, None).unwrap();
    p.set_value(true).unwrap();
    p.toggle().unwrap();
    p.toggle().unwrap();
    p.init(Some(Mode::Out), None, None).unwrap();
    assert_eq!(finish(p), vec![(Mode::In, Pull::None, false), (Mode::Out, Pull::None, true)]);
}

#[test]
fn open_drain_reads_the_pin_and_keeps_the_pull() {
    let mut p = GpioPin::new(Pin::new(&[T::set(State::High), T::get(State::Low)]));
    p.init(Some(Mode::OpenDrain), Some(Pull::Up), Some(false)).unwrap();
    p.set_value(true).unwrap();
    // Something else holds the line low: the input level shows it.
    assert_eq!(p.value(), Ok(false));
    // init without a pull keeps the one set.
    p.init(Some(Mode::OpenDrain), None, None).unwrap();
    assert_eq!(p.config(), (Mode::OpenDrain, Pull::Up));
    assert_eq!(finish(p), vec![(Mode::OpenDrain, Pull::Up, false), (Mode::OpenDrain, Pull::Up, true)]);
}

#[test]
fn unconfigured_pin_becomes_an_input_on_first_read() {
    let mut p = GpioPin::new(Pin::new(&[T::get(State::High)]));
    assert_eq!(p.value(), Ok(true));
    assert_eq!(finish(p), vec![(Mode::In, Pull::None, false)]);
}

#[test]
fn hal_errors_and_unsupported_modes() {
    let err = MockError::Io(std::io::ErrorKind::Other);
    let mut p = GpioPin::new(Pin::new(&[T::get(State::High).with_error(err)]));
    assert_eq!(p.init(Some(Mode::OpenDrain), Some(Pull::Down), None), Err(HwError::Unsupported));
    // The failed init left the pin as it was (unconfigured): reading configures it as IN.
    assert_eq!(p.value(), Err(HwError::Io));
    assert_eq!(finish(p), vec![(Mode::In, Pull::None, false)]);
}

#[test]
fn uart_any_read_write() {
    let mut u = SerialPort::new(SerialMock::new(&[
        S::read_many(b"ab"),
        S::read_error(nb::Error::WouldBlock),
        S::read(b'c'),
        S::read_error(nb::Error::Other(ErrorKind::Overrun)),
        S::read_error(nb::Error::WouldBlock),
        S::read_error(nb::Error::WouldBlock),
        S::write_many(b"hi"),
        S::flush(),
    ]));
    assert_eq!(u.any(), 2);
    assert_eq!(u.read_byte(), Some(b'a'));
    // A byte in the ring is returned without asking the hardware.
    assert_eq!(u.read_byte(), Some(b'b'));
    assert_eq!(u.any(), 1);
    assert_eq!(u.rx_errors, 1);
    assert_eq!(u.read_byte(), Some(b'c'));
    assert_eq!(u.read_byte(), None);
    u.write(b"hi").unwrap();
    u.flush().unwrap();
    u.inner().done();
}

#[test]
fn uart_ring_is_bounded_and_keeps_order() {
    let data: Vec<u8> = (0..100).collect();
    let mut expect = vec![S::read_many(&data[..machine::uart::RX_RING])];
    expect.push(S::read_many(&data[machine::uart::RX_RING..]));
    // The ring refills once it is empty; then the last read finds nothing.
    expect.push(S::read_error(nb::Error::WouldBlock));
    expect.push(S::read_error(nb::Error::WouldBlock));
    let mut u = SerialPort::new(SerialMock::new(&expect));
    assert_eq!(u.any(), machine::uart::RX_RING);
    let mut got = Vec::new();
    while let Some(b) = u.read_byte() {
        got.push(b);
    }
    assert_eq!(got, data);
    u.inner().done();
}

#[test]
fn uart_write_error_is_io() {
    let mut u = SerialPort::new(SerialMock::new(&[S::write_error(b'x', nb::Error::Other(ErrorKind::Other))]));
    assert_eq!(u.write(b"x"), Err(HwError::Io));
    u.inner().done();
}

const MAP: &[PinName] =
    &[PinName { name: "LED", number: 3 }, PinName { name: "A3", number: 3 }, PinName { name: "A4", number: 4 }];

struct TestBoard {
    pins: Vec<GpioPin<Pin>>,
}

impl Board for TestBoard {
    fn pin_map(&self) -> &'static [PinName] {
        MAP
    }
    fn pin(&mut self, number: u16) -> Option<&mut dyn DynPin> {
        self.pins.get_mut(usize::from(number)).map(|p| p as &mut dyn DynPin)
    }
    fn freq(&self) -> u32 {
        16_000_000
    }
    fn unique_id(&self, out: &mut [u8; 16]) -> usize {
        out[..4].copy_from_slice(b"test");
        4
    }
}

#[test]
fn pin_map_and_registry() {
    assert_eq!(lookup(MAP, "A3"), Some(3));
    assert_eq!(lookup(MAP, "B0"), None);
    assert_eq!(name_of(MAP, 3), Some("LED"));
    assert!(machine::with_board(|_| ()).is_none());
    let pins = (0..5).map(|_| GpioPin::new(Pin::new(&[T::get(State::High)]))).collect();
    machine::install(Box::leak(Box::new(TestBoard { pins })));
    let v = machine::with_board(|b| {
        // A nested call finds the board out of its slot.
        assert!(machine::with_board(|_| ()).is_none());
        b.pin(4).unwrap().value()
    });
    assert_eq!(v, Some(Ok(true)));
    assert_eq!(machine::with_board(|b| b.freq()), Some(16_000_000));
    assert_eq!(machine::with_board(|b| b.reset()), Some(false));
    assert_eq!(machine::with_board(|b| b.mem_read(0, 4)), Some(None));
    let mut id = [0u8; 16];
    assert_eq!(machine::with_board(|b| b.unique_id(&mut id)), Some(4));
}
