#![no_main]
//! Any byte stream typed into the REPL (friendly, paste mode, raw REPL, raw-paste flow
//! control, soft reset): the REPL consumes it all and returns at its end.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    fuzz::with_runtime(data, || {
        // Each soft reset starts the REPL again in the same runtime, as far as input lasts.
        let mut raw = false;
        for _ in 0..64 {
            match runtime::repl::run(raw) {
                runtime::repl::Exit::Exit(_) => break,
                runtime::repl::Exit::SoftReset { raw: r } => raw = r,
            }
        }
    });
});
