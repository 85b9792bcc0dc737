//! Test support: run a closure inside a runtime with a 64 KiB heap and a HAL that
//! records output.

extern crate std;

use std::vec::Vec;

use crate::hal::Hal;

/// A HAL for tests: no input, output collected.
#[derive(Default)]
pub struct TestHal {
    pub out: Vec<u8>,
    pub input: Vec<u8>,
}

impl Hal for TestHal {
    fn stdin_rx_chr(&mut self) -> Option<u8> {
        if self.input.is_empty() {
            None
        } else {
            Some(self.input.remove(0))
        }
    }
    fn stdout_tx_strn(&mut self, bytes: &[u8]) {
        self.out.extend_from_slice(bytes);
    }
    fn crlf(&self) -> bool {
        false
    }
    fn ticks_ms(&mut self) -> u32 {
        0
    }
    fn delay_ms(&mut self, _ms: u32) {}
    fn set_interrupt_char(&mut self, _c: Option<u8>) {}
    fn interrupt_pending(&mut self) -> bool {
        false
    }
}

/// Run `f` in a runtime with a 64 KiB heap; returns its result and the output.
pub fn with_runtime_output<R>(f: impl FnOnce() -> R) -> (R, std::string::String) {
    let _guard = crate::gc::root::TEST_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let mut hal = TestHal::default();
    let mut heap = std::vec![0u8; 64 * 1024];
    let r = crate::with_runtime(&mut hal, &mut heap, &crate::obj::module::NO_MODULES, 256 * 1024, f);
    (r, std::string::String::from_utf8_lossy(&hal.out).into_owned())
}

/// Run `f` in a runtime with a 64 KiB heap.
pub fn with_runtime<R>(f: impl FnOnce() -> R) -> R {
    with_runtime_output(f).0
}

/// Run Python source (file mode) and return what it printed, tracebacks included.
pub fn run(src: &str) -> std::string::String {
    with_runtime_output(|| {
        crate::exec_and_report(src.as_bytes(), qstr!("<stdin>"), crate::compile::Mode::File);
    })
    .1
}
