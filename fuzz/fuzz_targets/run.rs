#![no_main]
//! Compile and run any bytes over a 64 KiB heap with an instruction budget (Ctrl-C after
//! `POLL_BUDGET` polls): a result, a traceback or `MemoryError`, never a crash or a hang.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    fuzz::with_runtime(&[], || {
        runtime::exec_and_report(data, runtime::qstr!("<stdin>"), runtime::compile::Mode::File);
    });
});
