//! The host's simulated board (`--features sim`; the host board turns it on, so the
//! workspace's tests run it): pins read back as documented, the loopback UART.
#![cfg(feature = "sim")]

use machine::sim::SimBoard;
use machine::{Board, HwError, Mode, Pull};

#[test]
fn pins_read_latch_pull_and_open_drain() {
    let mut b = SimBoard::new(1_000, b"abc", || ());
    assert_eq!(b.pin_map().len(), 8);
    assert!(b.pin(8).is_none());
    let p = b.pin(0).unwrap();
    p.init(Some(Mode::Out), None, Some(true)).unwrap();
    assert_eq!(p.value(), Ok(true));
    p.toggle().unwrap();
    assert_eq!(p.value(), Ok(false));
    p.init(Some(Mode::In), Some(Pull::Up), None).unwrap();
    assert_eq!(p.value(), Ok(true));
    p.init(None, Some(Pull::Down), None).unwrap();
    assert_eq!(p.value(), Ok(false));
    p.init(Some(Mode::OpenDrain), Some(Pull::Up), Some(false)).unwrap();
    assert_eq!(p.value(), Ok(false));
    p.set_value(true).unwrap();
    assert_eq!(p.value(), Ok(true));
}

#[test]
fn loopback_uart_and_board_facts() {
    let mut b = SimBoard::new(1_000, &[7; 20], || ());
    assert!(b.uart_get(1).is_none());
    assert_eq!(b.uart(2, 9600).err(), Some(HwError::Unsupported));
    let u = b.uart(1, 9600).unwrap();
    u.write(b"hi").unwrap();
    assert_eq!(u.any(), 2);
    assert_eq!((u.read_byte(), u.read_byte(), u.read_byte()), (Some(b'h'), Some(b'i'), None));
    assert_eq!(b.freq(), 1_000);
    let mut id = [0; 16];
    assert_eq!(b.unique_id(&mut id), 16);
    assert!(!b.reset());
}

#[test]
fn pin_irq_fires_on_watched_edges() {
    let mut b = SimBoard::new(1_000, b"", || ());
    assert_eq!((b.irq_line(1), b.irq_line(5), b.irq_line(8)), (Some(1), Some(1), None));
    machine::irq::take();
    b.set_irq(1, true, false).unwrap();
    let p = b.pin(1).unwrap();
    p.init(Some(Mode::Out), None, Some(false)).unwrap();
    p.set_value(true).unwrap();
    assert_eq!(machine::irq::take(), (1 << 1, 0));
    p.set_value(false).unwrap();
    assert_eq!(machine::irq::take(), (0, 0), "a falling edge is not watched");
    b.set_irq(1, true, true).unwrap();
    let p = b.pin(1).unwrap();
    p.toggle().unwrap();
    p.toggle().unwrap();
    assert_eq!(machine::irq::take(), (1 << 1, 1 << 1));
    p.init(Some(Mode::In), Some(Pull::Up), None).unwrap();
    assert_eq!(machine::irq::take(), (1 << 1, 0), "an input's pull moves its level");
    b.set_irq(1, false, false).unwrap();
    b.pin(1).unwrap().init(None, Some(Pull::Down), None).unwrap();
    assert_eq!(machine::irq::take(), (0, 0));
}
