//! What the fuzz targets share: a HAL whose input is the fuzz data and whose Ctrl-C is an
//! instruction budget, and a runtime over a small heap.

include!(concat!(env!("OUT_DIR"), "/modules.rs"));

/// Heap of a fuzz run: small, so that `MemoryError` paths are exercised too.
pub const HEAP: usize = 64 * 1024;
/// Stack Python may use (native recursion included).
pub const STACK: usize = 256 * 1024;
/// Interrupt polls before the budget raises `KeyboardInterrupt` (and keeps raising it): the
/// VM polls every 1000 backward jumps or calls, so about 100,000 of them per input. (A
/// million let one allocating loop run 8 s in the instrumented build, a libFuzzer timeout
/// under load, without finding more.)
pub const POLL_BUDGET: u32 = 100;

/// Output after which Ctrl-C is pressed (printing is work the poll budget does not see).
pub const OUTPUT_BUDGET: usize = 1 << 20;

/// Input from a byte slice; output dropped; Ctrl-C once the poll budget is spent.
pub struct FuzzHal<'a> {
    pub input: &'a [u8],
    pub polls: u32,
    pub out_bytes: usize,
}

impl runtime::Hal for FuzzHal<'_> {
    fn stdin_rx_chr(&mut self) -> Option<u8> {
        let (&c, rest) = self.input.split_first()?;
        self.input = rest;
        Some(c)
    }
    fn stdout_tx_strn(&mut self, bytes: &[u8]) {
        self.out_bytes += bytes.len();
    }
    fn ticks_ms(&mut self) -> u32 {
        self.polls
    }
    fn delay_ms(&mut self, _ms: u32) {}
    fn set_interrupt_char(&mut self, _c: Option<u8>) {}
    fn interrupt_pending(&mut self) -> bool {
        self.polls = self.polls.saturating_add(1);
        self.polls > POLL_BUDGET || self.out_bytes > OUTPUT_BUDGET
    }
}

/// Run `f` in a fresh runtime over a fuzz heap, with `input` as the console's input.
pub fn with_runtime<R>(input: &[u8], f: impl FnOnce() -> R) -> R {
    let mut hal = FuzzHal { input, polls: 0, out_bytes: 0 };
    let mut heap = vec![0u8; HEAP];
    runtime::with_runtime(&mut hal, &mut heap, &MODULES, STACK, f)
}
